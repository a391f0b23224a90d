// The duty desk and the handover book on the shared tablet: a carer starts her shift, writes the
// handover at its end and ends the shift; the next carer acknowledges the handover; a manager sees
// a missing check-in flagged. Screens and the paper layout are looked at (README pictures).
import type { BrowserContext, Page } from 'playwright-core';
import { Attendance } from '@care/server/duty/duty.models';
import { Handover } from '@care/server/handovers/handover.model';
import { send } from '@care/server/testing/duty-send';
import { rostered, unitRunningNow, type NowUnit } from '@care/server/testing/duty-fixtures';
import { testPassword, useTestApp, type TestClient } from '@care/server/testing/test-app';
import { screenshot, seriousA11yFindings, signIn, useBrowser } from './browser';

jest.setTimeout(120_000);
const t = useTestApp();
const b = useBrowser(t);

let manager: TestClient;
let unit: NowUnit;
const outgoing = { username: 'e2e.carer.lan', fullName: 'Trần Thị Lan' };
const incoming = { username: 'e2e.carer.hoa', fullName: 'Lê Thị Hoa' };
const absent = { username: 'e2e.carer.minh', fullName: 'Phạm Văn Minh' };
let outgoingEntry: string;

beforeAll(async () => {
  manager = await t.signedIn('manager');
  unit = await unitRunningNow(manager, 'Khu Trẻ em — tầng 2');
  // The rota unit looks after the register's children's unit.
  const settings = (await manager.agent.get('/api/duty/settings').expect(200)).body.data;
  await send(manager, 'put', '/api/duty/settings', {
    version: settings.version,
    graceMinutes: settings.graceMinutes,
    unitLinks: [...settings.unitLinks, { unitId: unit.unitId, residentUnit: 'Khu trẻ em' }],
  }).expect(200);
  const ids: Record<string, string> = {};
  for (const person of [outgoing, incoming, absent]) {
    const user = await t.addUser({ role: 'carer', ...person });
    ids[person.username] = user._id.toString();
  }
  outgoingEntry = await rostered(manager, unit, ids[outgoing.username]!, unit.current);
  await rostered(manager, unit, ids[absent.username]!, unit.current);
  await rostered(manager, unit, ids[incoming.username]!, unit.next);
}, 120_000);

let context: BrowserContext;
let page: Page;
beforeEach(async () => {
  // A 10-inch tablet held sideways at the duty desk.
  context = await b.browser.newContext({
    viewport: { width: 1280, height: 800 },
    hasTouch: true,
    isMobile: true,
  });
  page = await context.newPage();
});
afterEach(async () => context?.close());

const unitCard = (p: Page) => p.getByRole('region', { name: unit.name });

it('lets a carer check in, write the handover and check out', async () => {
  await page.goto(`${b.baseUrl}/login?next=${encodeURIComponent('/duty')}`);
  await signIn(page, outgoing.username, testPassword);
  await page.getByRole('heading', { name: 'Bàn trực' }).waitFor();
  const card = unitCard(page);
  await card.getByText(outgoing.fullName).waitFor();
  // Not a manager: no flags, and no buttons on a colleague's row.
  expect(await page.getByRole('region', { name: 'Cần quản lý chú ý' }).count()).toBe(0);
  expect(await card.getByRole('button', { name: `Nhận ca — ${absent.fullName}` }).count()).toBe(0);
  await card.getByRole('button', { name: `Nhận ca — ${outgoing.fullName}` }).tap();
  await card.getByText(/Đã nhận ca lúc \d\d:\d\d/).waitFor();
  expect(await Attendance.countDocuments({ entryId: outgoingEntry })).toBe(1);
  expect(await seriousA11yFindings(page)).toEqual([]);
  await screenshot(page, 'duty-desk');

  // Ending the shift before the handover is written is refused, in Vietnamese.
  await card.getByRole('button', { name: `Kết thúc ca — ${outgoing.fullName}` }).tap();
  await page.getByText(/Chưa viết biên bản giao ca/).waitFor();

  await card.getByRole('link', { name: 'Viết giao ca' }).first().tap();
  await page.getByRole('heading', { name: /Sổ giao ca — Khu Trẻ em — tầng 2/ }).waitFor();
  await page.getByRole('region', { name: 'Quân số đối tượng' }).getByText('Có mặt').waitFor();
  await page
    .getByLabel('Nội dung bàn giao')
    .fill('Ca ổn định. Bé phòng A102 ho nhẹ, đã cho uống nước ấm.');
  await page.getByRole('button', { name: 'Thêm việc' }).tap();
  await page.getByLabel('Việc cần làm 1').fill('Theo dõi ho của bé phòng A102');
  await page.getByRole('button', { name: 'Lưu giao ca' }).tap();
  await page.getByText('Chưa có ai ký nhận.').waitFor();
  expect(await seriousA11yFindings(page)).toEqual([]);
  await screenshot(page, 'handover-written');

  await page.getByRole('link', { name: 'Về bàn trực' }).tap();
  await unitCard(page)
    .getByRole('button', { name: `Kết thúc ca — ${outgoing.fullName}` })
    .tap();
  await unitCard(page)
    .getByText(/Đã kết thúc lúc \d\d:\d\d/)
    .waitFor();
  const done = await Attendance.findOne({ entryId: outgoingEntry }).lean();
  expect(done!.checkOutAt).not.toBeNull();
});

it('lets the next carer acknowledge the handover, and prints it as the paper book', async () => {
  await page.goto(
    `${b.baseUrl}/login?next=${encodeURIComponent('/duty/book?day=' + unit.current.day)}`,
  );
  await signIn(page, incoming.username, testPassword);
  await page.getByRole('link', { name: new RegExp(`${unit.name} — `) }).tap();
  await page.getByText('Theo dõi ho của bé phòng A102').waitFor();
  await page.getByRole('button', { name: 'Ký nhận giao ca' }).tap();
  await page
    .getByText(new RegExp(`${incoming.fullName} — \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d`))
    .waitFor();
  const handover = await Handover.findOne({ unitId: unit.unitId, day: unit.current.day }).lean();
  expect(handover!.acknowledgements.map((a) => a.fullName)).toEqual([incoming.fullName]);
  expect(await page.getByRole('button', { name: 'Sửa giao ca' }).count()).toBe(0);

  await page.getByRole('link', { name: 'In sổ giao ca' }).tap();
  await page.getByText('SỔ GIAO NHẬN CA TRỰC').waitFor();
  await page.getByText('NGƯỜI NHẬN CA').waitFor();
  expect(await seriousA11yFindings(page)).toEqual([]);
  await screenshot(page, 'handover-paper-screen');
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'handover-paper-print');
});

it('shows a manager the missing check-in', async () => {
  await page.goto(`${b.baseUrl}/login?next=${encodeURIComponent('/duty')}`);
  await signIn(page, 'manager');
  const flags = page.getByRole('region', { name: 'Cần quản lý chú ý' });
  await flags.getByText(new RegExp(`${absent.fullName} chưa nhận ca`)).waitFor();
  await flags.getByText(new RegExp(`${outgoing.fullName} nhận ca trễ`)).waitFor();
  expect(await seriousA11yFindings(page)).toEqual([]);
  await screenshot(page, 'duty-desk-manager');
});
