// The demo centre's open swap requests on this month's published rota: a swap proposed (to the
// demo carer when the rules allow one), a shift offered for cover, and a swap a colleague accepted, waiting for the manager.
// Each swap is one the rule checks let through. Near a month's end there may be fewer shifts left
// to offer, and so fewer requests.
import { centreDay } from '@care/shared/dates';
import { RotaEntry, type EntryDoc } from '@care/server/rota/rota-entry.model';
import { checkReassignment } from '@care/server/rota/swap-check';
import { StaffProfile, type ProfileDoc } from '@care/server/rota/staff.models';
import { acceptSwap, createSwap } from '@care/server/rota/swaps.service';
import type { UserDoc } from '@care/server/users/user.model';

const hour = 3_600_000;

/** Published-month shifts of these people starting at least six hours from now, in time order. */
export async function comingShifts(month: string, staffIds: Set<string>): Promise<EntryDoc[]> {
  const soon = Date.now() + 6 * hour;
  return (await RotaEntry.find({ month }).lean<EntryDoc[]>())
    .filter((e) => staffIds.has(e.staffId) && new Date(e.start).getTime() > soon)
    .sort((a, b) => +a.start - +b.start || a.staffId.localeCompare(b.staffId));
}

/**
 * Two shifts held by two people that can change hands without breaking a hard rule: `from`'s
 * shift (any requester when null) for `to`'s (anyone when null). The same hours in two units the
 * two may both work come first (a day's change of unit keeps everyone's rest), then the same
 * shift on two days.
 */
export async function findSwapPair(
  shifts: EntryDoc[],
  from: string | null,
  to: string | null,
  taken = new Set<string>(),
  tries = 12,
): Promise<[EntryDoc, EntryDoc] | null> {
  const units = new Map(
    (await StaffProfile.find({}).lean<ProfileDoc[]>()).map((p) => [p._id, p.unitIds]),
  );
  const may = (staffId: string, unitId: string) => !!units.get(staffId)?.includes(unitId);
  const free = shifts.filter((e) => !taken.has(e._id.toString()));
  const pairs: [EntryDoc, EntryDoc][] = [];
  const later: [EntryDoc, EntryDoc][] = [];
  for (const a of free) {
    if (from && a.staffId !== from) continue;
    for (const b of free) {
      if (b.staffId === a.staffId || (to && b.staffId !== to)) continue;
      if (+a.start === +b.start && a.unitId !== b.unitId) {
        if (may(a.staffId, b.unitId) && may(b.staffId, a.unitId)) pairs.push([a, b]);
      } else if (b.templateId === a.templateId && b.day !== a.day) later.push([a, b]);
    }
  }
  for (const [a, b] of [...pairs, ...later].slice(0, tries)) {
    const change = new Map([
      [a._id.toString(), b.staffId],
      [b._id.toString(), a.staffId],
    ]);
    const check = await checkReassignment([a.day, b.day], change);
    if (check.errors.length === 0) return [a, b];
  }
  return null;
}

export async function seedRotaSwaps(staff: UserDoc[]): Promise<number> {
  const month = centreDay().slice(0, 7);
  const carers = staff.filter((s) => s.role === 'carer');
  const people = new Map(carers.map((c) => [c._id.toString(), c]));
  const as = (id: string) => ({ id, fullName: people.get(id)!.fullName, role: 'carer' as const });
  const shifts = await comingShifts(month, new Set(people.keys()));
  const taken = new Set<string>();
  let made = 0;
  const demoCarer = carers[0]!._id.toString();
  // To the demo carer when one of their shifts can change hands, else between two colleagues.
  const toDemo =
    (await findSwapPair(shifts, null, demoCarer, taken, 12)) ??
    (await findSwapPair(shifts, null, null, taken));
  if (toDemo) {
    const [a, b] = toDemo;
    await createSwap(
      {
        kind: 'swap',
        entryId: a._id.toString(),
        targetEntryId: b._id.toString(),
        note: 'Con ốm, xin đổi sang hôm khác',
      },
      as(a.staffId),
    );
    [a, b].forEach((e) => taken.add(e._id.toString()));
    made++;
  }
  const offered = shifts.find((e) => !taken.has(e._id.toString()) && e.staffId !== demoCarer);
  if (offered) {
    await createSwap(
      { kind: 'cover', entryId: offered._id.toString(), note: 'Đi học lớp bồi dưỡng nghiệp vụ' },
      as(offered.staffId),
    );
    taken.add(offered._id.toString());
    made++;
  }
  const accepted = await findSwapPair(
    shifts.filter((e) => e.staffId !== demoCarer),
    null,
    null,
    taken,
  );
  if (accepted) {
    const [a, b] = accepted;
    const swap = await createSwap(
      {
        kind: 'swap',
        entryId: a._id.toString(),
        targetEntryId: b._id.toString(),
        note: 'Việc gia đình',
      },
      as(a.staffId),
    );
    await acceptSwap(swap.id, { version: swap.version, note: 'Đồng ý' }, as(b.staffId));
    made++;
  }
  return made;
}
