import { screen, waitFor, within } from '@testing-library/react';
import { dutySettingsEditSchema, dutySettingsViewSchema } from '@care/shared/duty';
import { residentFacetsSchema } from '@care/shared/residents';
import { unitViewSchema } from '@care/shared/rota';
import { apiError, http, network, ok, page, sessionOf, userView } from '../../../testing/network';
import { descriptionOf } from '../../../testing/queries';
import { renderApp } from '../../../testing/render';

const children = { id: 'a'.repeat(24), name: 'Khu trẻ em', code: 'TE', active: true, version: 0 };
const kitchen = { id: 'b'.repeat(24), name: 'Bếp', code: 'B', active: true, version: 0 };

it('links each rota unit to a residents’ unit, checks the grace period, and offers a reload on 409', async () => {
  let stored = dutySettingsViewSchema.parse({
    graceMinutes: 15,
    unitLinks: [{ unitId: children.id, residentUnit: 'Khu A' }],
    version: 2,
  });
  const puts: unknown[] = [];
  network.use(
    sessionOf(userView({ role: 'manager' })),
    http.get('/api/rota/units', () =>
      page(unitViewSchema, [children, kitchen], { page: 1, pageSize: 2, total: 2 }),
    ),
    http.get('/api/residents/facets', () =>
      ok(residentFacetsSchema, { units: ['Khu A', 'Khu B'], rooms: [], keyWorkers: [] }),
    ),
    http.get('/api/duty/settings', () => ok(dutySettingsViewSchema, stored)),
    http.put('/api/duty/settings', async ({ request }) => {
      const body = dutySettingsEditSchema.parse(await request.json());
      puts.push(body);
      if (body.version !== stored.version) return apiError('stale_version');
      stored = { ...body, version: stored.version + 1 };
      return ok(dutySettingsViewSchema, stored);
    }),
  );
  const { user } = renderApp('/rota/settings?tab=duty');
  const childrenUnit = await screen.findByRole('combobox', {
    name: 'Khu đối tượng do Khu trẻ em trông',
  });
  expect((childrenUnit as HTMLInputElement).value).toBe('Khu A');
  const grace = screen.getByLabelText('Số phút cho phép vào ca muộn');
  await user.clear(grace);
  await user.type(grace, '200');
  await user.click(screen.getByRole('button', { name: 'Lưu' }));
  await waitFor(() => expect(descriptionOf(grace)).toMatch(/120/));
  expect(puts).toEqual([]);

  await user.clear(grace);
  await user.type(grace, '10');
  await user.clear(childrenUnit);
  await user.type(childrenUnit, 'Khu B');
  // Someone else saves first.
  stored = { ...stored, version: 3 };
  await user.click(screen.getByRole('button', { name: 'Lưu' }));
  await waitFor(() => expect(puts).toHaveLength(1));
  const alert = await screen.findByRole('alert');
  await user.click(within(alert).getByRole('button', { name: 'Tải lại' }));
  const fresh = await screen.findByRole('combobox', { name: 'Khu đối tượng do Khu trẻ em trông' });
  await waitFor(() => expect((fresh as HTMLInputElement).value).toBe('Khu A'));
  const freshGrace = screen.getByLabelText('Số phút cho phép vào ca muộn');
  await user.clear(freshGrace);
  await user.type(freshGrace, '10');
  await user.click(screen.getByRole('button', { name: 'Lưu' }));
  await screen.findByText('Đã lưu cài đặt bàn trực.');
  expect(puts).toEqual([
    { version: 2, graceMinutes: 10, unitLinks: [{ unitId: children.id, residentUnit: 'Khu B' }] },
    { version: 3, graceMinutes: 10, unitLinks: [{ unitId: children.id, residentUnit: 'Khu A' }] },
  ]);
});
