import { screen, waitFor, within } from '@testing-library/react';
import { userCreateSchema, userUpdateSchema, userViewSchema } from '@care/shared/users';
import { apiError, http, network, ok, page, sessionOf, userView } from '../../../testing/network';
import { chooseOption, descriptionOf } from '../../../testing/queries';
import { renderApp } from '../../../testing/render';

const admin = userView({ role: 'admin', fullName: 'Trần Văn Quản' });

function listOf(...users: ReturnType<typeof userView>[]) {
  return http.get('/api/users', () =>
    page(userViewSchema, users, { page: 1, pageSize: 20, total: users.length }),
  );
}

describe('the new account form', () => {
  async function openForm() {
    network.use(sessionOf(admin), listOf(admin));
    const app = renderApp('/admin/users');
    await app.user.click(await screen.findByRole('button', { name: 'Thêm tài khoản' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm tài khoản nhân viên' });
    return { ...app, dialog };
  }

  it('shows the shared schema’s problems in Vietnamese before anything is sent', async () => {
    const sent = jest.fn();
    network.use(http.post('/api/users', sent));
    const { user, dialog } = await openForm();
    const d = within(dialog);

    await user.type(d.getByLabelText(/^Tên đăng nhập/), 'Lan Nguyễn');
    await user.type(d.getByLabelText(/^Mật khẩu ban đầu/), 'ngan');
    await user.click(d.getByRole('button', { name: 'Tạo tài khoản' }));

    await waitFor(() =>
      expect(descriptionOf(d.getByLabelText(/^Họ và tên/))).toBe('Vui lòng nhập thông tin này'),
    );
    expect(descriptionOf(d.getByLabelText(/^Tên đăng nhập/))).toContain('Định dạng không hợp lệ');
    expect(descriptionOf(d.getByLabelText(/^Mật khẩu ban đầu/))).toContain('Cần ít nhất 8 ký tự');
    expect(d.getByText('Vui lòng chọn một giá trị trong danh sách')).toBeTruthy();
    expect(sent).not.toHaveBeenCalled();
  });

  it('puts the field messages of a 400 from the server beside their fields', async () => {
    const bodies: unknown[] = [];
    network.use(
      http.post('/api/users', async ({ request }) => {
        bodies.push(userCreateSchema.parse(await request.json()));
        // A rule only the server knows (a newer list of common passwords).
        return apiError('validation_failed', {
          password: 'Mật khẩu này quá phổ biến, hãy chọn mật khẩu khác',
        });
      }),
    );
    const { user, dialog } = await openForm();
    const d = within(dialog);

    await user.type(d.getByLabelText(/^Họ và tên/), 'Lê Thị Hoa');
    await user.type(d.getByLabelText(/^Tên đăng nhập/), 'hoa.le');
    await chooseOption(user, d.getByLabelText(/^Vai trò/), 'Điều dưỡng');
    await user.type(d.getByLabelText(/^Mật khẩu ban đầu/), 'Hoasen@2026');
    await user.click(d.getByRole('button', { name: 'Tạo tài khoản' }));

    await waitFor(() =>
      expect(descriptionOf(d.getByLabelText(/^Mật khẩu ban đầu/))).toContain(
        'Mật khẩu này quá phổ biến, hãy chọn mật khẩu khác',
      ),
    );
    expect(bodies).toEqual([
      {
        username: 'hoa.le',
        fullName: 'Lê Thị Hoa',
        role: 'nurse',
        password: 'Hoasen@2026',
        language: 'vi',
      },
    ]);
    // The message sits by its field; no second alert repeats it.
    expect(d.queryByRole('alert')).toBeNull();
  });
});

describe('the edit dialog when someone else saved first', () => {
  it('offers a reload on 409, shows the newer account, and saves at its version', async () => {
    const nurse = userView({ role: 'nurse', fullName: 'Phạm Thị Mai', version: 3 });
    const newer = {
      ...nurse,
      fullName: 'Phạm Thị Mai Anh',
      role: 'social_worker',
      version: 4,
    } as const;
    const patches: unknown[] = [];
    network.use(
      sessionOf(admin),
      listOf(admin, nurse),
      http.patch(`/api/users/${nurse.id}`, async ({ request }) => {
        const body = userUpdateSchema.parse(await request.json());
        patches.push(body);
        return body.version === newer.version
          ? ok(userViewSchema, { ...newer, ...body, version: newer.version + 1 })
          : apiError('stale_version');
      }),
      http.get(`/api/users/${nurse.id}`, () => ok(userViewSchema, newer)),
    );
    const { user } = renderApp('/admin/users');
    await user.click(await screen.findByRole('button', { name: 'Sửa tài khoản Phạm Thị Mai' }));
    const d = within(await screen.findByRole('dialog'));
    const name = d.getByLabelText(/^Họ và tên/);
    await user.clear(name);
    await user.type(name, 'Phạm Thị Mai Hương');
    await user.click(d.getByRole('button', { name: 'Lưu' }));

    expect(await d.findByText('Tài khoản vừa được người khác thay đổi')).toBeTruthy();
    expect((d.getByRole('button', { name: 'Lưu' }) as HTMLButtonElement).disabled).toBe(true);

    await user.click(d.getByRole('button', { name: 'Tải lại' }));
    await waitFor(() => expect((name as HTMLInputElement).value).toBe('Phạm Thị Mai Anh'));
    expect(d.queryByText('Tài khoản vừa được người khác thay đổi')).toBeNull();
    expect((d.getByLabelText(/^Vai trò/) as HTMLInputElement).value).toBe('Công tác xã hội');

    await user.clear(name);
    await user.type(name, 'Phạm Thị Mai Hương');
    await user.click(d.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(patches).toEqual([
      { version: 3, fullName: 'Phạm Thị Mai Hương' },
      { version: 4, fullName: 'Phạm Thị Mai Hương' },
    ]);
  });
});
