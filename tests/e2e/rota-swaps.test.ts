// Shift swaps: a carer proposes a swap of one of her published shifts with a colleague's, the
// colleague accepts it on the swaps page, a manager checks the rules and approves it, and the rota
// shows each in the other's place. Next month is published first, so shifts are left to swap
// whatever the day of the month.
import type { Locator } from 'playwright-core';
import { centreDay, formatDay } from '@care/shared/dates';
import { addDays, addMonths, profileInputSchema } from '@care/shared/rota';
import type { Actor } from '@care/server/audit/audit.service';
import { RotaEntry, type EntryDoc } from '@care/server/rota/rota-entry.model';
import { RotaUnit } from '@care/server/rota/setup.models';
import { StaffProfile, type ProfileDoc } from '@care/server/rota/staff.models';
import { saveProfile } from '@care/server/rota/staff.service';
import { ensureMonth, publishMonth } from '@care/server/rota/rota.service';
import { RotaSwap } from '@care/server/rota/swap.model';
import { User } from '@care/server/users/user.model';
import { useTestApp } from '@care/server/testing/test-app';
import { comingShifts, findSwapPair } from '@care/seed/rota-swaps';
import { screenshot, seriousA11yFindings, useBrowser, usePeople } from './browser';

jest.setTimeout(180_000);
const t = useTestApp();
const b = useBrowser(t);
const next = addMonths(centreDay().slice(0, 7), 1);

const open = usePeople(b, { width: 1440, height: 1000 });
/**
 * The demo carers work one home unit (and a second rarely the same hours); the manager lets two
 * carers on the same hours in two units work both, so the two may swap units for the day.
 */
async function letWorkBothUnits(shifts: EntryDoc[], actor: Actor) {
  const pair = shifts
    .flatMap((a) => shifts.map((b) => [a, b] as const))
    .find(
      ([a, b]) =>
        a.staffId !== b.staffId &&
        +a.start === +b.start &&
        a.day > addDays(centreDay(), 3) &&
        [a.unitId, b.unitId].every((u) => childrenAndElderly.includes(u)) &&
        a.unitId !== b.unitId,
    );
  expect(pair).toBeDefined();
  for (const e of pair!) {
    const p = (await StaffProfile.findById(e.staffId).lean<ProfileDoc>())!;
    await saveProfile(
      e.staffId,
      profileInputSchema.parse({
        version: p.version,
        qualifications: p.qualifications,
        unitIds: [...new Set([...p.unitIds, ...childrenAndElderly])],
        contractHoursPerWeek: p.contractHoursPerWeek,
        sex: p.sex,
        unavailableWeekdays: p.unavailableWeekdays,
        note: p.note,
      }),
      actor,
    );
  }
}
let childrenAndElderly: string[] = [];

const field = (scope: Locator, name: string) =>
  scope.getByRole('combobox', { name }).or(scope.getByRole('textbox', { name })).first();

it('lets a carer propose a swap, the colleague accept it and a manager approve it; the rota shows the change', async () => {
  const manager = (await User.findOne({ username: 'manager' }).lean())!;
  childrenAndElderly = (await RotaUnit.find({ code: { $in: ['TE', 'NCT'] } }).lean()).map((u) =>
    u._id.toString(),
  );
  const actor = { id: manager._id.toString(), fullName: manager.fullName, role: manager.role };
  await publishMonth(next, (await ensureMonth(next)).version, actor);
  const carers = await User.find({ role: 'carer' }).lean();
  const shifts = await comingShifts(next, new Set(carers.map((c) => c._id.toString())));
  await letWorkBothUnits(shifts, actor);
  const pair = await findSwapPair(shifts, null, null, new Set(), 12);
  expect(pair).not.toBeNull();
  const [mine, theirs] = pair!;
  const requester = carers.find((c) => c._id.toString() === mine.staffId)!;
  const colleague = carers.find((c) => c._id.toString() === theirs.staffId)!;

  // The carer offers her shift from the published rota: a swap with the colleague's.
  const page = await open(requester.username, `/rota?month=${next}`);
  const row = page.locator(`li[data-entry="${mine._id.toString()}"]`);
  await row.getByRole('button', { name: /Nhường \/ đổi ca/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhường hoặc đổi ca' });
  await dialog.getByRole('radio', { name: 'Đổi ca' }).check();
  await field(dialog, 'Đồng nghiệp').click();
  await page.getByRole('option', { name: colleague.fullName, exact: true }).click();
  await field(dialog, 'Ca của đồng nghiệp').click();
  await page.getByRole('option', { name: new RegExp(formatDay(theirs.day)) }).click();
  await dialog.getByRole('textbox', { name: 'Ghi chú' }).fill('Nhà có việc, nhờ chị đổi giúp');
  expect(await seriousA11yFindings(page)).toEqual([]);
  await screenshot(page, 'rota-swap-dialog');
  await dialog.getByRole('button', { name: 'Gửi đề nghị đổi ca' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByText('Đã gửi đề nghị').waitFor();
  await row.getByText('Chờ đồng nghiệp trả lời').waitFor();
  const swap = (await RotaSwap.findOne({ 'entry.id': mine._id.toString(), open: true }).lean())!;
  expect(swap).toMatchObject({ status: 'proposed', target: { id: colleague._id.toString() } });

  // The colleague finds it waiting for her answer and accepts.
  const other = await open(colleague.username, '/rota/swaps');
  const waiting = other.getByRole('table', { name: 'Chờ bạn trả lời' });
  const request = waiting.locator(`tr[data-swap="${swap._id.toString()}"]`);
  await request.waitFor();
  expect(await seriousA11yFindings(other)).toEqual([]);
  await screenshot(other, 'rota-swaps-staff');
  await request.getByRole('button', { name: 'Nhận' }).click();
  const confirm = other.getByRole('dialog', { name: 'Nhận đề nghị này?' });
  await confirm.getByRole('button', { name: 'Nhận' }).click();
  await confirm.waitFor({ state: 'detached' });
  await request.waitFor({ state: 'detached' });
  expect((await RotaSwap.findById(swap._id).lean())?.status).toBe('accepted');

  // The manager sees the rule checks pass, then approves.
  const desk = await open('manager', '/rota/swaps');
  const pending = desk
    .getByRole('table', { name: 'Chờ bạn duyệt' })
    .locator(`tr[data-swap="${swap._id.toString()}"]`);
  await pending.getByRole('button', { name: 'Kiểm tra và duyệt' }).click();
  const approve = desk.getByRole('dialog', { name: 'Kiểm tra và duyệt đổi ca' });
  await approve.getByText('Không vi phạm quy định nào').waitFor();
  expect(await seriousA11yFindings(desk)).toEqual([]);
  await screenshot(desk, 'rota-swap-approve');
  await approve.getByRole('button', { name: 'Duyệt đổi ca' }).click();
  await approve.waitFor({ state: 'detached' });
  await pending.waitFor({ state: 'detached' });
  await screenshot(desk, 'rota-swaps-manager');
  const moved = await RotaEntry.find({ _id: { $in: [mine._id, theirs._id] } }).lean();
  const heldBy = (staffId: string) => moved.find((e) => e.staffId === staffId)!;
  expect(heldBy(requester._id.toString())).toMatchObject({
    day: theirs.day,
    templateId: theirs.templateId,
  });
  expect(heldBy(colleague._id.toString())).toMatchObject({
    day: mine.day,
    templateId: mine.templateId,
  });

  // The carer's rota now lists the colleague's old shift as hers.
  await page.reload();
  const list = page.getByRole('region', { name: 'Ca sắp tới của bạn' });
  await list
    .getByText(new RegExp(formatDay(theirs.day)))
    .first()
    .waitFor();
  expect(await seriousA11yFindings(page)).toEqual([]);
  await screenshot(page, 'rota-swap-done');
  await desk.goto(`${b.baseUrl}/rota/swaps`);
  await desk.getByText('Theo tháng').click();
  await desk.getByRole('button', { name: 'Sau' }).click();
  await desk.locator(`tr[data-swap="${swap._id.toString()}"]`).getByText('Đã duyệt').waitFor();
});
