// The record's edit screens on the reseeded demo centre: identity and placement dialogs (with a
// stale edit), the admission corrected and a discharged resident re-admitted, a scan attached to
// an incident, and the centre's open incidents; each dialog reachable by keyboard.
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { foldName } from '@care/shared/text';
import { Incident } from '@care/server/incidents/incident.model';
import { ResidentDocument } from '@care/server/documents/document.model';
import { Resident } from '@care/server/residents/resident.model';
import { editResident } from '@care/server/residents/residents.service';
import { useTestApp } from '@care/server/testing/test-app';
import { screenshot, seriousA11yFindings, useBrowser, openAs } from './browser';

jest.setTimeout(120_000);
const t = useTestApp();
const b = useBrowser(t);

let context: BrowserContext;
let page: Page;
beforeEach(async () => {
  context = await b.browser.newContext({ viewport: { width: 1366, height: 900 } });
  page = await context.newPage();
});
afterEach(async () => context?.close());

const open = (username: string, path: string) => openAs(b, page, username, path);

/** Presses Tab until `target` has the focus (as a keyboard user reaches it), then Enter. */
async function tabToAndPress(target: Locator, key = 'Enter', most = 120) {
  for (let i = 0; i < most; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) {
      await page.keyboard.press(key);
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error('not reachable with Tab');
}

/** Opens a dialog from its button by keyboard: focus lands inside it, Escape closes it again. */
async function checkKeyboard(button: Locator, title: string | RegExp) {
  await tabToAndPress(button);
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.waitFor();
  await page.waitForFunction(() => document.activeElement?.closest('[role=dialog]') !== null);
  expect(await seriousA11yFindings(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
}

async function choose(scope: Locator, label: RegExp, option: string) {
  await scope
    .getByRole('combobox', { name: label })
    .or(scope.getByRole('textbox', { name: label }))
    .first()
    .click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

describe('identity and placement', () => {
  it('lets a social worker edit both, warns of a stale edit, and the register finds the new name', async () => {
    const resident = (await Resident.findOne({ status: 'in_care' }).sort({ code: 1 }).lean())!;
    const id = resident._id.toString();
    await open('socialworker', `/residents/${id}`);
    await page.getByRole('heading', { name: resident.fullName }).waitFor();
    for (const title of ['Sửa nhân thân', 'Sửa diện đối tượng, nơi ở', 'Sửa giấy tờ pháp lý'])
      await checkKeyboard(page.getByRole('button', { name: title }), title);

    await page.getByRole('button', { name: 'Sửa nhân thân' }).click();
    const identity = page.getByRole('dialog', { name: 'Sửa nhân thân' });
    await identity.getByLabel(/^Họ và tên/).fill('Sùng Thị Dợ');
    await screenshot(page, 'record-edit-identity');
    // Meanwhile a manager changes the room: the save is refused and the newer record offered.
    await editResident(
      id,
      { version: resident.version, room: 'P-301' },
      {
        id: resident.keyWorkerId?.toString() ?? id,
        fullName: 'Quản lý',
        role: 'manager',
      },
    );
    await identity.getByRole('button', { name: 'Lưu' }).click();
    await identity.getByText('Hồ sơ vừa được người khác thay đổi').waitFor();
    expect((await Resident.findById(id).lean())!.fullName).toBe(resident.fullName);
    await identity.getByRole('button', { name: 'Tải lại' }).click();
    await identity.getByText('Hồ sơ vừa được người khác thay đổi').waitFor({ state: 'detached' });
    await identity.getByLabel(/^Họ và tên/).fill('Sùng Thị Dợ');
    await choose(identity, /^Dân tộc/, "H'Mông");
    await identity.getByRole('button', { name: 'Lưu' }).click();
    await identity.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: 'Sùng Thị Dợ' }).waitFor();

    await page.getByRole('button', { name: 'Sửa diện đối tượng, nơi ở' }).click();
    const placement = page.getByRole('dialog', { name: 'Sửa diện đối tượng, nơi ở' });
    await placement.getByLabel(/^Phòng/).fill('P-209');
    await placement.getByLabel(/^Nhóm đối tượng theo Nghị định 20/).fill('Khoản 1 Điều 5');
    expect(await seriousA11yFindings(page)).toEqual([]);
    await screenshot(page, 'record-edit-placement');
    await placement.getByRole('button', { name: 'Lưu' }).click();
    await placement.waitFor({ state: 'detached' });
    await page.getByText('Khoản 1 Điều 5').waitFor();
    expect(await Resident.findById(id).lean()).toMatchObject({
      fullName: 'Sùng Thị Dợ',
      ethnicity: "H'Mông",
      room: 'P-209',
      decree20Group: 'Khoản 1 Điều 5',
    });

    await page.goto(`${b.baseUrl}/residents`);
    await page.getByLabel('Tìm theo họ tên').fill(foldName('Dợ Sùng'));
    await page.waitForURL(/q=/);
    await page.getByRole('link', { name: 'Sùng Thị Dợ' }).waitFor();

    await page.goto(`${b.baseUrl}/residents/${id}?tab=family`);
    await page.getByText('Kế hoạch hồi gia').first().waitFor();
    expect(await seriousA11yFindings(page)).toEqual([]);
    await screenshot(page, 'resident-family');
  });
});

describe('the stay', () => {
  it('lets a manager correct the open admission and re-admit a discharged resident', async () => {
    const current = (await Resident.findOne({ status: 'in_care' }).sort({ code: -1 }).lean())!;
    await open('manager', `/residents/${current._id}?tab=stay`);
    const correct = page.getByRole('button', { name: 'Sửa thông tin tiếp nhận' });
    await checkKeyboard(correct, 'Sửa thông tin tiếp nhận');
    // Only the open episode offers a correction.
    expect(await correct.count()).toBe(1);
    await correct.click();
    const dialog = page.getByRole('dialog', { name: 'Sửa thông tin tiếp nhận' });
    await dialog.getByLabel(/^Nơi giới thiệu/).fill('UBND phường Cốc Lếu');
    await screenshot(page, 'record-edit-admission');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'detached' });
    const corrected = (await Resident.findById(current._id).lean())!;
    expect(corrected.episodes.at(-1)?.admission?.referralSource).toBe('UBND phường Cốc Lếu');
    expect(corrected.episodes).toHaveLength(current.episodes.length);

    const gone = (await Resident.findOne({ status: 'discharged' }).sort({ code: 1 }).lean())!;
    await page.goto(`${b.baseUrl}/residents/${gone._id}?tab=stay`);
    await page.getByRole('heading', { name: gone.fullName }).waitFor();
    expect(await page.getByRole('button', { name: 'Sửa thông tin tiếp nhận' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Sửa nhân thân' }).count()).toBe(0);
    const readmit = page.getByRole('button', { name: 'Tiếp nhận lại' });
    await checkKeyboard(readmit, /Tiếp nhận lại/);
    await readmit.click();
    const again = page.getByRole('dialog', { name: /Tiếp nhận lại/ });
    await choose(again, /^Hình thức tiếp nhận/, 'Tự nguyện (theo hợp đồng)');
    await again.getByLabel(/^Số quyết định/).fill('88/QĐ-SYT');
    await screenshot(page, 'record-readmit');
    await again.getByRole('button', { name: 'Tiếp nhận lại' }).click();
    await again.waitFor({ state: 'detached' });
    const n = gone.episodes.length + 1;
    await page.getByText(`Đợt nuôi dưỡng ${n}`).waitFor();
    await page.getByText(`Đợt nuôi dưỡng ${n - 1}`).waitFor();
    const back = (await Resident.findById(gone._id).lean())!;
    expect(back.status).toBe('in_care');
    expect(back.episodes).toHaveLength(n);
    expect(back.episodes.slice(0, -1)).toEqual(gone.episodes);
    expect(await seriousA11yFindings(page)).toEqual([]);
  });
});

describe('incidents', () => {
  it('lets a nurse attach a photo to an incident, and the open-incidents page lists it', async () => {
    const incident = (await Incident.findOne({ status: 'open' }).sort({ occurredAt: -1 }).lean())!;
    const residentId = incident.residentId;
    await open('nurse', `/residents/${residentId}?tab=incidents`);
    const card = page.getByRole('article').filter({ hasText: String(incident.description) });
    await card.waitFor();
    await card.locator('input[type=file]').setInputFiles({
      name: 'vet-thuong.png',
      mimeType: 'image/png',
      buffer: png,
    });
    await card.getByLabel('Tên giấy tờ').fill('Ảnh vết thương');
    const attach = card.getByRole('button', { name: 'Đính kèm' });
    await tabToAndPress(attach);
    await card.getByRole('link', { name: 'Ảnh vết thương' }).waitFor();
    expect(
      await ResidentDocument.countDocuments({ incidentId: incident._id.toString() }),
    ).toBeGreaterThan(0);
    expect(await seriousA11yFindings(page)).toEqual([]);
    await screenshot(page, 'resident-incidents');

    await page.getByRole('tab', { name: 'Giấy tờ', exact: true }).click();
    await page.getByRole('table').getByRole('link', { name: 'Ảnh vết thương' }).waitFor();
    await screenshot(page, 'resident-documents');

    await page.getByRole('navigation').getByRole('link', { name: 'Sự cố' }).click();
    const table = page.getByRole('table', { name: 'Sự cố của Trung tâm' });
    const row = table.getByRole('row').filter({ hasText: String(incident.place) });
    await row.first().waitFor();
    expect(await seriousA11yFindings(page)).toEqual([]);
    await screenshot(page, 'incidents');
    await row.first().getByRole('link', { name: incident.residentName }).click();
    await page.waitForURL(new RegExp(`/residents/${residentId}\\?tab=incidents$`));
    await card.waitFor();
  });
});
