// The duty desk on a tablet: a carer opens a resident's care summary, writes two notes in a few
// taps, flags one for the next shift, and finds it in the handover book.
import type { BrowserContext, Page } from 'playwright-core';
import { useTestApp } from '@care/server/testing/test-app';
import { Resident } from '@care/server/residents/resident.model';
import { CareNote } from '@care/server/notes/care-note.model';
import { screenshot, seriousA11yFindings, signIn, useBrowser } from './browser';

jest.setTimeout(60_000);
const t = useTestApp();
const b = useBrowser(t);

let context: BrowserContext;
let page: Page;
beforeEach(async () => {
  // A 10-inch tablet held upright, touch only.
  context = await b.browser.newContext({
    viewport: { width: 800, height: 1280 },
    hasTouch: true,
    isMobile: true,
  });
  page = await context.newPage();
});
afterEach(async () => context?.close());

it('lets a carer write two notes from the care summary and flag one for handover', async () => {
  const resident = await Resident.findOne({
    current: true,
    status: 'in_care',
    risks: 'falls',
  }).lean();
  const path = `/residents/${resident!._id}/summary`;
  const started = Date.now();
  await page.goto(`${b.baseUrl}/login?next=${encodeURIComponent(path)}`);
  await signIn(page, 'carer');
  await page.getByRole('heading', { name: resident!.fullName }).waitFor();
  await page.getByText('Té ngã').or(page.getByText('Nguy cơ')).first().waitFor();
  expect(await seriousA11yFindings(page)).toEqual([]);

  const form = page.getByRole('form', { name: 'Ghi chép mới' });
  // Note 1: type a word, one tap to save (the type stays "Quan sát").
  await form.getByLabel('Nội dung').fill('Ngủ trưa 1 tiếng, dậy vui vẻ.');
  await form.getByRole('button', { name: 'Lưu ghi chép' }).tap();
  await page.getByText('Ngủ trưa 1 tiếng, dậy vui vẻ.').waitFor();
  // Note 2: tap a type, type, tap "for handover", tap save: three taps.
  await form.getByText('Sức khỏe', { exact: true }).tap();
  await form.getByLabel('Nội dung').fill('Sốt nhẹ 37,8 độ lúc 15 giờ, đã báo điều dưỡng.');
  await form.getByLabel('Cần bàn giao cho ca sau').tap();
  await form.getByRole('button', { name: 'Lưu ghi chép' }).tap();
  await page.getByText('Sốt nhẹ 37,8 độ lúc 15 giờ, đã báo điều dưỡng.').waitFor();
  await screenshot(page, 'care-summary');

  const saved = (await CareNote.find({ residentId: resident!._id }).lean())
    .filter((n) => n.at.getTime() >= started)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  expect(saved.map((n) => [n.type, n.forHandover])).toEqual([
    ['observation', false],
    ['health', true],
  ]);

  await page.goto(`${b.baseUrl}/shift?handover=1`);
  await page.getByRole('heading', { name: 'Sổ giao ca' }).waitFor();
  await page.getByText('Sốt nhẹ 37,8 độ lúc 15 giờ, đã báo điều dưỡng.').waitFor();
  expect(await page.getByText('Ngủ trưa 1 tiếng, dậy vui vẻ.').count()).toBe(0);
  expect(await seriousA11yFindings(page)).toEqual([]);
  await screenshot(page, 'handover-book');
});
