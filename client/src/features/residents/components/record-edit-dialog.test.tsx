import { screen, waitFor, within } from '@testing-library/react';
import { residentEditSchema, residentViewSchema } from '@care/shared/residents';
import { apiError, http, network, ok, sessionOf, userView } from '../../../testing/network';
import { descriptionOf } from '../../../testing/queries';
import { renderApp } from '../../../testing/render';
import { residentId as id, residentView, stubRecord } from '../../../testing/resident-view';

async function openIdentityDialog() {
  const app = renderApp(`/residents/${id}`);
  await app.user.click(await screen.findByRole('button', { name: 'Sửa nhân thân' }));
  const dialog = await screen.findByRole('dialog', { name: 'Sửa nhân thân' });
  return { ...app, d: within(dialog) };
}

describe('the identity dialog of the record', () => {
  it('offers a reload on 409 and saves the newer record at its version', async () => {
    const worker = userView({ role: 'social_worker' });
    let record = residentView();
    const newer = residentView({ fullName: 'Giàng Thị Mai Anh', version: 4 });
    const patches: unknown[] = [];
    network.use(
      sessionOf(worker),
      http.patch(`/api/residents/${id}`, async ({ request }) => {
        const body = residentEditSchema.parse(await request.json());
        patches.push({ version: body.version, fullName: body.fullName });
        if (body.version !== record.version) return apiError('stale_version');
        return ok(residentViewSchema, { ...record, fullName: body.fullName!, version: 5 });
      }),
    );
    stubRecord(() => record);
    const { user, d } = await openIdentityDialog();
    // Someone else saves while the dialog is open.
    record = newer;
    const name = d.getByLabelText(/^Họ và tên/);
    await user.clear(name);
    await user.type(name, 'Giàng Thị Hoa');
    await user.click(d.getByRole('button', { name: 'Lưu' }));

    expect(await d.findByText('Hồ sơ vừa được người khác thay đổi')).toBeTruthy();
    expect((d.getByRole('button', { name: 'Lưu' }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(d.getByRole('button', { name: 'Tải lại' }));
    // The fields show the newer record (they are drawn again for it).
    await waitFor(() =>
      expect((d.getByLabelText(/^Họ và tên/) as HTMLInputElement).value).toBe('Giàng Thị Mai Anh'),
    );
    expect(d.queryByText('Hồ sơ vừa được người khác thay đổi')).toBeNull();

    const fresh = d.getByLabelText(/^Họ và tên/);
    await user.clear(fresh);
    await user.type(fresh, 'Giàng Thị Hoa');
    await user.click(d.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(patches).toEqual([
      { version: 3, fullName: 'Giàng Thị Hoa' },
      { version: 4, fullName: 'Giàng Thị Hoa' },
    ]);
  });

  it('puts the server’s field message under its field and sends a birth year alone', async () => {
    const worker = userView({ role: 'social_worker' });
    const bodies: Record<string, unknown>[] = [];
    network.use(
      sessionOf(worker),
      http.patch(`/api/residents/${id}`, async ({ request }) => {
        bodies.push((await request.json()) as Record<string, unknown>);
        return apiError('validation_failed', { healthInsuranceNumber: 'Thẻ này đã hết hạn' });
      }),
    );
    stubRecord(() => residentView());
    const { user, d } = await openIdentityDialog();
    await user.click(d.getByRole('switch', { name: /Chỉ biết năm sinh/ }));
    await user.type(d.getByLabelText(/^Năm sinh/), '2011');
    await user.click(d.getByRole('button', { name: 'Lưu' }));

    await waitFor(() =>
      expect(descriptionOf(d.getByLabelText(/^Mã thẻ bảo hiểm y tế/))).toContain(
        'Thẻ này đã hết hạn',
      ),
    );
    expect(d.queryByRole('alert')).toBeNull();
    expect(bodies[0]).toMatchObject({ version: 3, birthDate: null, birthYear: 2011 });
  });

  it('shows no edit button to a nurse, nor on a closed record', async () => {
    network.use(sessionOf(userView({ role: 'nurse' })));
    stubRecord(() => residentView({ legal: null }));
    const first = renderApp(`/residents/${id}`);
    await screen.findByRole('heading', { name: 'Giàng Thị Mai' });
    expect(screen.queryByRole('button', { name: 'Sửa nhân thân' })).toBeNull();
    first.unmount();

    network.use(sessionOf(userView({ role: 'manager' })));
    stubRecord(() => residentView({ status: 'discharged' }));
    renderApp(`/residents/${id}`);
    await screen.findByRole('heading', { name: 'Giàng Thị Mai' });
    expect(screen.queryByRole('button', { name: /^Sửa / })).toBeNull();
  });
});

describe('the care profile dialog', () => {
  it('offers a reload on 409 and saves the newer care note at its version', async () => {
    let record = residentView();
    const newer = residentView({
      care: { ...record.care, careNote: 'Ăn chậm, cần người ngồi cạnh' },
      version: 4,
    });
    const patches: unknown[] = [];
    network.use(
      sessionOf(userView({ role: 'nurse' })),
      http.patch(`/api/residents/${id}`, async ({ request }) => {
        const body = residentEditSchema.parse(await request.json());
        patches.push({ version: body.version, careNote: body.careNote });
        if (body.version !== record.version) return apiError('stale_version');
        return ok(residentViewSchema, { ...record, version: 5 });
      }),
    );
    stubRecord(() => record);
    const { user } = renderApp(`/residents/${id}?tab=care`);
    await user.click(await screen.findByRole('button', { name: 'Sửa thông tin chăm sóc' }));
    const d = within(await screen.findByRole('dialog', { name: 'Sửa thông tin chăm sóc' }));
    record = newer;
    await user.type(d.getByLabelText('Lưu ý chăm sóc'), 'Dị ứng tôm');
    await user.click(d.getByRole('button', { name: 'Lưu' }));

    expect(await d.findByText('Hồ sơ vừa được người khác thay đổi')).toBeTruthy();
    expect((d.getByRole('button', { name: 'Lưu' }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(d.getByRole('button', { name: 'Tải lại' }));
    await waitFor(() =>
      expect((d.getByLabelText('Lưu ý chăm sóc') as HTMLTextAreaElement).value).toBe(
        'Ăn chậm, cần người ngồi cạnh',
      ),
    );
    await user.click(d.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(patches).toEqual([
      { version: 3, careNote: 'Dị ứng tôm' },
      { version: 4, careNote: 'Ăn chậm, cần người ngồi cạnh' },
    ]);
  });
});
