// A swap approval the server stopped half-way: while its shifts are being moved the manager sees
// "Đang chuyển ca" and no buttons; once the grace has passed, the next look at the swaps finishes
// it, and the month's history says it was finished by the system. Next month is published first,
// so shifts are left to offer whatever the day of the month.
import { centreDay } from '@care/shared/dates';
import { addMonths } from '@care/shared/rota';
import { RotaEntry } from '@care/server/rota/rota-entry.model';
import { ensureMonth, publishMonth } from '@care/server/rota/rota.service';
import { RotaSwap } from '@care/server/rota/swap.model';
import { acceptSwap, createSwap } from '@care/server/rota/swaps.service';
import { User } from '@care/server/users/user.model';
import { useTestApp } from '@care/server/testing/test-app';
import { comingShifts } from '@care/seed/rota-swaps';
import { screenshot, seriousA11yFindings, useBrowser, usePeople } from './browser';

jest.setTimeout(180_000);
const t = useTestApp();
const b = useBrowser(t);
const next = addMonths(centreDay().slice(0, 7), 1);

const open = usePeople(b, { width: 1440, height: 1000 });

it('shows an approval being applied as such, with no buttons, and finishes it once the grace has passed', async () => {
  const manager = (await User.findOne({ username: 'manager' }).lean())!;
  const actor = { id: manager._id.toString(), fullName: manager.fullName, role: manager.role };
  await publishMonth(next, (await ensureMonth(next)).version, actor);
  const carers = await User.find({ role: 'carer' }).lean();
  const as = (id: string) => ({
    id,
    fullName: carers.find((c) => c._id.toString() === id)!.fullName,
    role: 'carer' as const,
  });
  // A shift offered for cover that a colleague may take without breaking a rule.
  const shifts = await comingShifts(next, new Set(carers.map((c) => c._id.toString())));
  let made: { id: string; entryId: string; taker: string } | null = null;
  for (const shift of shifts.slice(0, 10)) {
    const offer = await createSwap(
      { kind: 'cover', entryId: shift._id.toString(), note: '' },
      as(shift.staffId),
    );
    for (const c of carers.filter((c) => c._id.toString() !== shift.staffId).slice(0, 6)) {
      const taken = await acceptSwap(offer.id, { version: 0, note: '' }, as(c._id.toString()))
        .then(() => true)
        .catch(() => false);
      if (taken) made = { id: offer.id, entryId: shift._id.toString(), taker: c._id.toString() };
      if (taken) break;
    }
    if (made) break;
  }
  expect(made).not.toBeNull();
  // The manager's approval claimed the request and the server stopped before the shifts moved.
  await RotaSwap.updateOne(
    { _id: made!.id },
    {
      $set: {
        status: 'applying',
        applyingSince: new Date(),
        decidedBy: { id: actor.id, fullName: actor.fullName },
        decisionNote: '',
      },
      $inc: { version: 1 },
    },
  );

  const desk = await open('manager', '/rota/swaps');
  const table = desk.getByRole('table', { name: 'Chờ bạn duyệt' });
  const row = table.locator(`tr[data-swap="${made!.id}"]`);
  await row.getByText('Đang chuyển ca', { exact: true }).waitFor();
  await row.getByText(/tải lại sau ít giây/).waitFor();
  expect(await row.getByRole('button').count()).toBe(0);
  expect(await seriousA11yFindings(desk)).toEqual([]);
  await screenshot(desk, 'rota-swap-applying');

  // Past the grace (the approval's leases have lapsed): the next look finishes it.
  await RotaSwap.updateOne(
    { _id: made!.id },
    { $set: { applyingSince: new Date(Date.now() - 60_000) } },
  );
  await desk.reload();
  await table.waitFor();
  await desk.getByRole('table', { name: 'Đề nghị của bạn' }).waitFor();
  expect(await row.count()).toBe(0);
  expect((await RotaEntry.findById(made!.entryId).lean())?.staffId).toBe(made!.taker);
  await desk.getByText('Theo tháng').click();
  await desk.getByRole('button', { name: 'Sau' }).click();
  const done = desk.locator(`tr[data-swap="${made!.id}"]`);
  await done.getByText('Đã duyệt').waitFor();
  await done.getByText('Việc chuyển ca bị gián đoạn và đã được hệ thống hoàn tất.').waitFor();
  expect(await seriousA11yFindings(desk)).toEqual([]);
  await screenshot(desk, 'rota-swap-recovered');
});
