import { screen, waitFor, within } from '@testing-library/react';
import { permissionsOf } from '@care/shared/permissions';
import { loginSchema, sessionViewSchema, userViewSchema } from '@care/shared/users';
import { apiError, http, network, ok, page, sessionOf, userView } from '../../testing/network';
import { renderApp } from '../../testing/render';

const admin = userView({ role: 'admin', username: 'admin', fullName: 'Trần Văn Quản' });
const nurse = userView({ role: 'nurse', username: 'nurse', fullName: 'Bùi Ngọc Cảnh' });
const staffList = [admin, userView({ role: 'carer', fullName: 'Đặng Thị Riêng Tư' })];

/** A server whose session the lock ends and whose sign-in takes `Demo@2026`; 0.1 min is 6 s,
 * time for the screen's first load even on a busy machine. */
function centre(idleLockMinutes: number) {
  let usersAsked = 0;
  let signedIn: typeof admin | null = admin;
  network.use(
    sessionOf(admin, idleLockMinutes),
    http.get('/api/users', () => {
      usersAsked++;
      if (signedIn?.role !== 'admin') return apiError(signedIn ? 'forbidden' : 'unauthenticated');
      return page(userViewSchema, staffList, { page: 1, pageSize: 20, total: 2 });
    }),
    http.post('/api/auth/logout', () => {
      signedIn = null;
      return ok(sessionViewSchema, {
        user: null,
        permissions: [],
        csrfToken: null,
        idleLockMinutes,
      });
    }),
    http.post('/api/auth/login', async ({ request }) => {
      const { username, password } = loginSchema.parse(await request.json());
      const user = [admin, nurse].find((u) => u.username === username);
      if (!user || password !== 'Demo@2026') return apiError('invalid_credentials');
      signedIn = user;
      // Signed in again, the screen must not lock during the rest of the test.
      return ok(sessionViewSchema, {
        user,
        permissions: [...permissionsOf(user.role)],
        csrfToken: `csrf-${username}`,
        idleLockMinutes: 10,
      });
    }),
  );
  return { usersAsked: () => usersAsked };
}

async function waitForLock() {
  return within(await screen.findByRole('dialog', { name: 'Màn hình đã khóa' }));
}

describe('the idle lock', () => {
  it('covers an idle screen, keeps it mounted, and opens it again with the password', async () => {
    const server = centre(0.1);
    const { user, container, client } = renderApp('/admin/users');
    await screen.findByText('Đặng Thị Riêng Tư');
    const lock = await waitForLock();

    expect(container.inert).toBe(true);
    expect(document.activeElement).toBe(lock.getByLabelText(/^Mật khẩu/));
    await user.keyboard('sai-mat-khau{Enter}');
    expect(await lock.findByRole('alert')).toBeTruthy();

    await user.type(lock.getByLabelText(/^Mật khẩu/), 'Demo@2026{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(container.inert).toBe(false);
    expect(screen.getByText('Đặng Thị Riêng Tư')).toBeTruthy();
    // The same user: nothing was dropped or loaded again.
    expect(server.usersAsked()).toBe(1);
    expect(client.getQueryCache().findAll({ queryKey: ['users'] })).toHaveLength(1);
  });

  it('lets someone else sign in on the same address, with nothing of the previous user kept', async () => {
    centre(0.1);
    const { user, router, client } = renderApp('/admin/users?q=');
    await screen.findByText('Đặng Thị Riêng Tư');
    const lock = await waitForLock();

    await user.click(lock.getByRole('button', { name: 'Đăng nhập người khác' }));
    expect(document.activeElement).toBe(lock.getByLabelText(/^Tên đăng nhập/));
    await user.keyboard('nurse');
    await user.type(lock.getByLabelText(/^Mật khẩu/), 'Demo@2026{Enter}');

    expect(await screen.findByRole('heading', { name: 'Không có quyền truy cập' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/admin/users');
    expect(screen.queryByText('Đặng Thị Riêng Tư')).toBeNull();
    expect(screen.getAllByText('Bùi Ngọc Cảnh').length).toBeGreaterThan(0);
    const kept = client
      .getQueryCache()
      .findAll()
      .filter((q) => q.state.data !== undefined)
      .map((q) => q.queryKey[0]);
    expect(kept).toEqual(['session']);
  });
});
