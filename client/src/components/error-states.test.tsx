import { screen, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { userViewSchema } from '@care/shared/users';
import { apiError, http, network, page, sessionOf, userView } from '../testing/network';
import { renderApp } from '../testing/render';

const admin = userView({ role: 'admin', fullName: 'Trần Văn Quản' });

describe('error states of a screen', () => {
  it('says the database is away on 503, and shows the list once a retry succeeds', async () => {
    let databaseUp = false;
    network.use(
      sessionOf(admin),
      http.get('/api/users', () =>
        databaseUp
          ? page(userViewSchema, [admin], { page: 1, pageSize: 20, total: 1 })
          : apiError('database_unavailable'),
      ),
    );
    const { user } = renderApp('/admin/users');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Không tải được dữ liệu')).toBeTruthy();
    expect(
      within(alert).getByText(
        'Cơ sở dữ liệu tạm thời không truy cập được. Vui lòng thử lại sau ít giây.',
      ),
    ).toBeTruthy();

    databaseUp = true;
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByText('1–1 trên tổng số 1')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the offline notice when the server cannot be reached', async () => {
    network.use(
      sessionOf(admin),
      http.get('/api/users', () => HttpResponse.error()),
    );
    renderApp('/admin/users');

    expect(await screen.findByText('Mất kết nối tới máy chủ')).toBeTruthy();
    expect(
      await screen.findByText('Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.'),
    ).toBeTruthy();
  });

  it('shows the forbidden state when the server refuses a list (403)', async () => {
    network.use(
      sessionOf(admin),
      http.get('/api/users', () => apiError('forbidden')),
    );
    renderApp('/admin/users');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Không có quyền truy cập')).toBeTruthy();
    expect(screen.queryByText('Không tải được dữ liệu')).toBeNull();
  });

  it('shows the forbidden page to a role without the permission, and asks the server nothing', async () => {
    const asked = jest.fn();
    network.use(
      sessionOf(userView({ role: 'carer' })),
      http.get('/api/users', () => {
        asked();
        return apiError('forbidden');
      }),
    );
    renderApp('/admin/users');

    expect(await screen.findByRole('heading', { name: 'Không có quyền truy cập' })).toBeTruthy();
    expect(asked).not.toHaveBeenCalled();
  });
});
