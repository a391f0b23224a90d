import { screen, waitFor, within } from '@testing-library/react';
import {
  episodeEditSchema,
  readmitSchema,
  residentViewSchema,
  type EpisodeView,
} from '@care/shared/residents';
import { apiError, http, network, ok, sessionOf, userView } from '../../../testing/network';
import { chooseOption, descriptionOf } from '../../../testing/queries';
import { renderApp } from '../../../testing/render';
import { residentId as id, residentView, stubRecord } from '../../../testing/resident-view';

const admission: EpisodeView['admission'] = {
  date: '2020-03-02',
  route: 'hardship',
  decision: { number: '12/QĐ-SLĐTBXH', date: '2020-02-20', issuer: 'Sở LĐTBXH tỉnh Lào Cai' },
  referralSource: '',
  reviewDate: null,
  checklist: [],
};
const closedEpisode: EpisodeView = {
  id: 'b'.repeat(24),
  admission,
  absences: [],
  closure: {
    date: '2023-06-01',
    reason: 'family_reintegration',
    note: '',
    handover: { receivedBy: 'Mẹ', address: '', items: '' },
  },
};
const openEpisode: EpisodeView = {
  id: 'c'.repeat(24),
  admission: { ...admission, date: '2025-04-10', decision: { ...admission.decision, number: '7' } },
  absences: [],
  closure: null,
};

const manager = userView({ role: 'manager' });

it('re-admits a discharged resident as a new episode and keeps the earlier one', async () => {
  let record = residentView({ status: 'discharged', episodes: [closedEpisode], version: 8 });
  const posts: unknown[] = [];
  network.use(
    sessionOf(manager),
    http.post(`/api/residents/${id}/admissions`, async ({ request }) => {
      const body = readmitSchema.parse(await request.json());
      posts.push(body);
      const episode = {
        id: 'd'.repeat(24),
        admission: body.admission,
        absences: [],
        closure: null,
      };
      record = { ...record, status: 'in_care', episodes: [closedEpisode, episode], version: 9 };
      return ok(residentViewSchema, record);
    }),
  );
  stubRecord(() => record);
  const { user } = renderApp(`/residents/${id}?tab=stay`);
  // The closed episode offers no correction.
  await screen.findByText('Đợt nuôi dưỡng 1');
  expect(screen.queryByRole('button', { name: 'Sửa thông tin tiếp nhận' })).toBeNull();

  await user.click(screen.getByRole('button', { name: 'Tiếp nhận lại' }));
  const d = within(await screen.findByRole('dialog', { name: /Tiếp nhận lại/ }));
  await user.click(d.getByRole('button', { name: 'Tiếp nhận lại' }));
  // The shared schema speaks before anything is sent.
  await waitFor(() =>
    expect(descriptionOf(d.getByLabelText(/^Số quyết định/))).toContain('Vui lòng nhập'),
  );
  expect(posts).toEqual([]);
  await chooseOption(
    user,
    d.getByLabelText(/^Hình thức tiếp nhận/),
    'Đối tượng bảo trợ xã hội có hoàn cảnh đặc biệt khó khăn',
  );
  await user.type(d.getByLabelText(/^Số quyết định/), '31/QĐ-SYT');
  await user.click(d.getByRole('button', { name: 'Tiếp nhận lại' }));

  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  expect(posts).toMatchObject([{ version: 8, admission: { decision: { number: '31/QĐ-SYT' } } }]);
  expect(await screen.findByText('Đợt nuôi dưỡng 2')).toBeTruthy();
  expect(screen.getByText('Đợt nuôi dưỡng 1')).toBeTruthy();
});

it('corrects the open episode’s admission, with the server’s message under its field', async () => {
  const record = residentView({ episodes: [closedEpisode, openEpisode], version: 5 });
  const puts: unknown[] = [];
  network.use(
    sessionOf(manager),
    http.put(`/api/residents/${id}/episodes/${openEpisode.id}/admission`, async ({ request }) => {
      puts.push(episodeEditSchema.parse(await request.json()));
      return puts.length === 1
        ? apiError('validation_failed', {
            'admission.date': 'Ngày tiếp nhận phải sau lần kết thúc trước',
          })
        : apiError('stale_version');
    }),
  );
  stubRecord(() => record);
  const { user } = renderApp(`/residents/${id}?tab=stay`);
  const buttons = await screen.findAllByRole('button', { name: 'Sửa thông tin tiếp nhận' });
  expect(buttons).toHaveLength(1);
  await user.click(buttons[0]!);
  const d = within(await screen.findByRole('dialog', { name: 'Sửa thông tin tiếp nhận' }));
  expect((d.getByLabelText(/^Số quyết định/) as HTMLInputElement).value).toBe('7');
  await user.click(d.getByRole('button', { name: 'Lưu' }));
  await waitFor(() =>
    expect(descriptionOf(d.getByLabelText(/^Ngày tiếp nhận/))).toContain(
      'Ngày tiếp nhận phải sau lần kết thúc trước',
    ),
  );
  expect(d.queryByRole('alert')).toBeNull();

  await user.click(d.getByRole('button', { name: 'Lưu' }));
  expect(await d.findByText('Hồ sơ vừa được người khác thay đổi')).toBeTruthy();
  expect(puts).toMatchObject([{ version: 5 }, { version: 5 }]);
});
