// A nurse records a child's weight and height on the health tab and sees it on the charts.
import type { Page } from 'playwright-core';
import { buildResident } from '@care/shared/factories/residents';
import { createRandom } from '@care/shared/random';
import { residentAdmitSchema } from '@care/shared/residents';
import { admitResident } from '@care/server/residents/residents.service';
import { Measurement } from '@care/server/health-records/measurement.model';
import { HealthProfile } from '@care/server/health-records/health-profile.model';
import { updateHealthProfile } from '@care/server/health-records/health-profile.service';
import { healthProfileUpdateSchema } from '@care/shared/health-records';
import { useTestApp } from '@care/server/testing/test-app';
import { seriousA11yFindings, signIn, useBrowser } from './browser';

jest.setTimeout(90_000);
const t = useTestApp();
const b = useBrowser(t);

const dotsIn = (page: Page, figure: RegExp) =>
  page.getByRole('figure', { name: figure }).locator('.recharts-line-dots circle').count();

describe('the health tab', () => {
  it('lets a nurse record a measurement and shows it on the charts', async () => {
    const input = buildResident(
      'orphan',
      { fullName: 'Lò Thị Mai', gender: 'female', birthDate: '2024-05-10' },
      createRandom(5),
    );
    // Admitted after she was born.
    input.admission = {
      ...input.admission,
      date: '2025-02-03',
      decision: { ...input.admission.decision, date: '2025-02-03' },
    };
    const child = await admitResident(residentAdmitSchema.parse(input), null);
    const context = await b.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(
      `${b.baseUrl}/login?next=${encodeURIComponent(`/residents/${child._id}?tab=health`)}`,
    );
    await signIn(page, 'nurse');
    await page.getByRole('heading', { name: 'Lò Thị Mai' }).waitFor();
    await page.getByText('Chưa có lần đo nào.').waitFor();
    await page.getByText('Chưa ghi nhận dị ứng nào.').waitFor();

    await page.getByRole('button', { name: 'Ghi chỉ số' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ghi chỉ số sức khỏe' });
    await dialog.getByLabel('Cân nặng (kg)').fill('10,4');
    await dialog.getByLabel('Chiều cao (cm)').fill('84,5');
    await dialog.getByText('đứng', { exact: true }).click();
    await dialog.getByLabel('Nhiệt độ (°C)').fill('36,8');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã ghi chỉ số.').waitFor();

    // The weight chart and the growth chart each show the new point.
    await page.getByRole('figure', { name: /Cân nặng theo thời gian/ }).waitFor();
    expect(await dotsIn(page, /Cân nặng theo thời gian/)).toBe(1);
    await page.getByRole('figure', { name: /so với đường chuẩn WHO/ }).waitFor();
    expect(await dotsIn(page, /so với đường chuẩn WHO/)).toBe(1);
    const zTable = page.getByRole('table', { name: 'Chỉ số Z gần nhất' });
    await zTable.getByText('Cân nặng theo tuổi').waitFor();
    await zTable.getByText('Chiều cao theo tuổi').waitFor();
    expect(
      await page.getByRole('table', { name: 'Các lần đo, mới nhất trước' }).textContent(),
    ).toMatch(/10,4.*84,5.*đứng.*36,8/);
    const stored = await Measurement.find({ residentId: child._id }).lean();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ weightKg: 10.4, heightCm: 84.5, heightPosition: 'standing' });
    expect(await seriousA11yFindings(page)).toEqual([]);
    await context.close();
  });

  it('tells a nurse when someone saved the profile first, and saves after a reload', async () => {
    const input = buildResident('elderly', { fullName: 'Hà Văn Lộc' }, createRandom(6));
    const resident = await admitResident(residentAdmitSchema.parse(input), null);
    const id = String(resident._id);
    const context = await b.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${b.baseUrl}/login?next=${encodeURIComponent(`/residents/${id}?tab=health`)}`);
    await signIn(page, 'nurse');
    await page.getByRole('button', { name: 'Sửa Dị ứng' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Thêm dị ứng' }).click();
    await dialog.getByLabel(/^Dị nguyên/).fill('Đậu phộng');
    // Meanwhile a colleague records another allergy.
    const empty = { conditions: [], medications: [], vaccinations: [] };
    const allergies = [{ substance: 'Penicillin', severity: 'life_threatening' }];
    await updateHealthProfile(
      id,
      healthProfileUpdateSchema.parse({ version: 0, ...empty, allergies }),
      null,
    );
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    const stale = page.getByText('Hồ sơ sức khỏe vừa được người khác thay đổi');
    await stale.waitFor();
    await dialog.getByRole('button', { name: 'Tải lại' }).click();
    // Reloaded: the form shows the profile as saved by the colleague, at its new version.
    await stale.waitFor({ state: 'detached' });
    expect(await dialog.getByLabel(/^Dị nguyên/).inputValue()).toBe('Penicillin');
    await dialog.getByRole('button', { name: 'Thêm dị ứng' }).click();
    await dialog
      .getByLabel(/^Dị nguyên/)
      .nth(1)
      .fill('Đậu phộng');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu Dị ứng.').waitFor();
    const stored = await HealthProfile.findById(id).lean();
    expect(stored!.allergies.map((a) => a.substance)).toEqual(['Penicillin', 'Đậu phộng']);
    await page.getByRole('list', { name: 'Dị ứng' }).getByText('Nguy hiểm tính mạng').waitFor();
    await context.close();
  });
});
