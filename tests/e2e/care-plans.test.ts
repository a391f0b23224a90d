// The case process in the browser: a manager assesses a resident's needs, drafts the care plan
// from the assessment, approves it, and later records its review and sees the next date move.
import type { BrowserContext, Page } from 'playwright-core';
import { addMonthsToDay } from '@care/shared/care-plan-rules';
import { centreDay, formatDay } from '@care/shared/dates';
import { Assessment } from '@care/server/care-plans/assessment.model';
import { CarePlan } from '@care/server/care-plans/care-plan.model';
import { Resident } from '@care/server/residents/resident.model';
import { useTestApp } from '@care/server/testing/test-app';
import { seriousA11yFindings, signIn, useBrowser } from './browser';

jest.setTimeout(90_000);
const t = useTestApp();
const b = useBrowser(t);

let context: BrowserContext;
let page: Page;
beforeEach(async () => {
  context = await b.browser.newContext({ viewport: { width: 1366, height: 900 } });
  page = await context.newPage();
});
afterEach(async () => context?.close());

/** A resident in care whose case file is still on paper. */
async function residentWithoutFile() {
  const withFile = new Set((await Assessment.find().lean()).map((a) => String(a.residentId)));
  const residents = await Resident.find({ status: 'in_care' }).sort({ code: 1 }).lean();
  return residents.find((r) => !withFile.has(String(r._id)))!;
}

describe('care plan', () => {
  it('goes from needs assessment to an approved plan and its review', async () => {
    const resident = await residentWithoutFile();
    await page.goto(
      `${b.baseUrl}/login?next=${encodeURIComponent(`/residents/${resident._id}?tab=plan`)}`,
    );
    await signIn(page, 'manager');
    await page.getByRole('heading', { name: resident.fullName }).waitFor();
    await page.getByText('Chưa có kế hoạch chăm sóc đang có hiệu lực').waitFor();

    // 1. The needs assessment, domain by domain.
    await page.getByRole('button', { name: 'Đánh giá mới' }).click();
    const health = page.getByRole('group', { name: 'Sức khỏe' });
    await health.getByLabel('Nhận định chung').fill('Tăng huyết áp, đôi lúc chóng mặt.');
    await health
      .getByLabel(/Nhu cầu đã xác định/)
      .fill('Đo huyết áp hằng ngày\nKhám tim mạch định kỳ');
    const selfCare = page.getByRole('group', { name: /Tự phục vụ/ });
    await selfCare
      .getByRole('radiogroup', { name: 'Tắm rửa' })
      .getByRole('radio', { name: 'Cần hỗ trợ một phần' })
      .check();
    const risks = page.getByRole('group', { name: 'Nguy cơ' });
    await risks.getByRole('checkbox', { name: 'Té ngã' }).check();
    await risks.getByLabel('Mức độ nguy cơ Té ngã').selectOption({ label: 'Cao' });
    const family = page.getByRole('group', { name: 'Hoàn cảnh gia đình' });
    await family.getByLabel(/Nhu cầu đã xác định/).fill('Nối lại liên lạc với cháu gái');
    expect(await seriousA11yFindings(page)).toEqual([]);
    await page.getByRole('button', { name: 'Lưu đánh giá' }).click();
    await page.getByText('Đã lưu đánh giá nhu cầu.').waitFor();

    // 2. A draft from it: one goal per domain with needs, completed in the editor.
    await page.getByRole('button', { name: 'Lập kế hoạch từ đánh giá này' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Tạo bản nháp' }).click();
    await page.getByText('Sửa bản nháp – phiên bản 1').waitFor();
    const firstGoal = page.getByRole('textbox', { name: /^Mục tiêu/ }).first();
    expect(await firstGoal.inputValue()).toMatch(/Đo huyết áp hằng ngày; Khám tim mạch/);
    const goals: [number, string, string][] = [
      [1, 'Đo huyết áp buổi sáng', 'Hằng ngày'],
      [2, 'Gọi điện cho cháu gái', '2 tuần/lần'],
    ];
    for (const [n, what, often] of goals) {
      await page.getByRole('button', { name: `Thêm biện pháp cho mục tiêu ${n}` }).click();
      // The new row's first box has the focus: typed straight from the keyboard.
      await page.keyboard.type(what);
      await page.getByLabel(`Tần suất của việc làm 1, mục tiêu ${n}`).fill(often);
    }
    expect(await seriousA11yFindings(page)).toEqual([]);
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await page.getByText('Đã lưu bản nháp phiên bản 1.').waitFor();

    // 3. Approval, after confirming.
    await page.getByRole('button', { name: 'Phê duyệt' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Phê duyệt' }).click();
    const today = centreDay();
    const firstDue = formatDay(addMonthsToDay(today, 1));
    await page.getByText(`Đã phê duyệt phiên bản 1. Rà soát lần tới: ${firstDue}.`).waitFor();
    const inForce = page.getByRole('region', { name: 'Kế hoạch đang có hiệu lực – phiên bản 1' });
    await inForce.getByText('Đo huyết áp buổi sáng').waitFor();

    // 4. Two months later (the approval is moved back): the review is overdue, then recorded.
    const approvedOn = addMonthsToDay(today, -2);
    await CarePlan.updateOne(
      { residentId: resident._id },
      { $set: { approvedAt: new Date(`${approvedOn}T09:00:00+07:00`) } },
    );
    await page.reload();
    await page.getByText('Quá hạn rà soát').waitFor();
    await inForce.getByText(formatDay(addMonthsToDay(approvedOn, 1)), { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Ghi nhận rà soát' }).click();
    const review = page.getByRole('dialog');
    await review.getByLabel('Tiến độ mục tiêu 1').selectOption({ label: 'Đã đạt' });
    await review.getByLabel('Ghi chú mục tiêu 1').fill('Huyết áp ổn định cả tháng');
    await review.getByLabel('Tiến độ mục tiêu 2').selectOption({ label: 'Đang thực hiện' });
    await review.getByLabel('Nhận xét chung').fill('Tiến triển tốt, tiếp tục kế hoạch.');
    expect(await seriousA11yFindings(page)).toEqual([]);
    await review.getByRole('button', { name: 'Lưu kết quả rà soát' }).click();
    await page.getByText(`Đã ghi nhận rà soát. Rà soát lần tới: ${firstDue}.`).waitFor();
    await page.getByText('Đúng lịch rà soát').waitFor();
    await inForce.getByText(firstDue, { exact: true }).waitFor();
    const held = page.getByRole('table', {
      name: `Tiến độ các mục tiêu, rà soát ngày ${formatDay(today)}`,
    });
    await held.getByText('Đã đạt').waitFor();
    await held.getByText('Huyết áp ổn định cả tháng').waitFor();
    const stored = await CarePlan.findOne({ residentId: resident._id }).lean();
    expect(stored!.reviews[0]!.progress.map((p) => p.status)).toEqual(['achieved', 'in_progress']);
  });
});
