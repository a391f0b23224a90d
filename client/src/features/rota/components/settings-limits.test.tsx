import { screen, waitFor, within } from '@testing-library/react';
import {
  defaultRotaSettings,
  rotaSettingsEditSchema,
  rotaSettingsViewSchema,
} from '@care/shared/rota';
import { apiError, http, network, ok, sessionOf, userView } from '../../../testing/network';
import { renderApp } from '../../../testing/render';

it('keeps the manager’s edits on a 409 until they reload, then saves twice in a row', async () => {
  let stored = rotaSettingsViewSchema.parse({ ...defaultRotaSettings, version: 4 });
  const puts: { version: number; minRestHours: number }[] = [];
  network.use(
    sessionOf(userView({ role: 'manager' })),
    http.get('/api/rota/settings', () => ok(rotaSettingsViewSchema, stored)),
    http.put('/api/rota/settings', async ({ request }) => {
      const body = rotaSettingsEditSchema.parse(await request.json());
      puts.push({ version: body.version, minRestHours: body.minRestHours });
      if (body.version !== stored.version) return apiError('stale_version');
      stored = { ...body, version: stored.version + 1 };
      return ok(rotaSettingsViewSchema, stored);
    }),
  );
  const { user } = renderApp('/rota/settings?tab=limits');
  const rest = () => screen.getByLabelText('Nghỉ tối thiểu giữa hai ca') as HTMLInputElement;
  await screen.findByLabelText('Nghỉ tối thiểu giữa hai ca');
  // Someone else saves first.
  stored = { ...stored, overtimeMonthHours: 30, version: 5 };
  await user.clear(rest());
  await user.type(rest(), '11');
  await user.click(screen.getByRole('button', { name: 'Lưu' }));
  const alert = await screen.findByRole('alert');
  // The background read after the refusal does not wipe what the manager typed.
  await new Promise((r) => setTimeout(r, 300));
  expect(rest().value).toBe('11 h');

  await user.click(within(alert).getByRole('button', { name: 'Tải lại' }));
  await waitFor(() =>
    expect((screen.getByLabelText('Làm thêm tối đa mỗi tháng') as HTMLInputElement).value).toBe(
      '30 h',
    ),
  );
  await user.clear(rest());
  await user.type(rest(), '11');
  await user.click(screen.getByRole('button', { name: 'Lưu' }));
  await screen.findByText('Đã lưu.');
  await user.clear(rest());
  await user.type(rest(), '10');
  await user.click(screen.getByRole('button', { name: 'Lưu' }));
  await waitFor(() => expect(puts).toHaveLength(3));
  expect(puts).toEqual([
    { version: 4, minRestHours: 11 },
    { version: 5, minRestHours: 11 },
    { version: 6, minRestHours: 10 },
  ]);
  expect(stored.version).toBe(7);
});
