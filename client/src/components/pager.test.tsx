import { screen } from '@testing-library/react';
import { userViewSchema } from '@care/shared/users';
import { http, network, page, sessionOf, userView } from '../testing/network';
import { renderApp } from '../testing/render';

const admin = userView({ role: 'admin', fullName: 'Trần Văn Quản' });

describe('Pager', () => {
  it('moves a page past the end (an old link) to the last page', async () => {
    const lastPage = Array.from({ length: 5 }, (_, i) =>
      userView({ role: 'nurse', fullName: `Điều dưỡng ${i + 41}` }),
    );
    const asked: number[] = [];
    network.use(
      sessionOf(admin),
      http.get('/api/users', ({ request }) => {
        const at = Number(new URL(request.url).searchParams.get('page') ?? 1);
        asked.push(at);
        // 45 accounts, 20 a page: page 3 is the last one.
        return page(userViewSchema, at === 3 ? lastPage : [], {
          page: at,
          pageSize: 20,
          total: 45,
        });
      }),
    );
    const { router } = renderApp('/admin/users?page=9');

    expect(await screen.findByText('41–45 trên tổng số 45')).toBeTruthy();
    expect(screen.getByText('Điều dưỡng 45')).toBeTruthy();
    expect(router.state.location.search).toBe('?page=3');
    expect(asked).toEqual([9, 3]);
    expect(screen.getByRole('button', { name: 'Trang 3' }).getAttribute('data-active')).toBe(
      'true',
    );
  });

  it('shows the empty state and no "0–0" count for an empty list', async () => {
    network.use(
      sessionOf(admin),
      http.get('/api/users', () => page(userViewSchema, [], { page: 1, pageSize: 20, total: 0 })),
    );
    renderApp('/admin/users?q=kh%C3%B4ng%20ai');

    expect(await screen.findByText('Không có tài khoản nào phù hợp')).toBeTruthy();
    expect(screen.queryByText(/trên tổng số/)).toBeNull();
    expect(screen.queryByText(/0–0/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Trang 1' })).toBeNull();
  });
});
