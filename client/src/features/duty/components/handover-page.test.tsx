import { screen, waitFor } from '@testing-library/react';
import {
  handoverDraftSchema,
  handoverViewSchema,
  handoverWriteSchema,
  type HandoverDraft,
} from '@care/shared/handovers';
import { http, network, ok, sessionOf, userView } from '../../../testing/network';
import { descriptionOf } from '../../../testing/queries';
import { renderApp } from '../../../testing/render';

const carer = userView({ role: 'carer', fullName: 'Phạm Thị Mai' });
const shift = { unitId: 'a'.repeat(24), templateId: 'b'.repeat(24), day: '2026-11-27' };
const draft: HandoverDraft = {
  ...shift,
  unitName: 'Khu Trẻ em',
  templateName: 'Ca sáng',
  start: '2026-11-27T06:00:00+07:00',
  end: '2026-11-27T14:00:00+07:00',
  existingId: null,
  headcount: { expected: 0, present: 0, away: [] },
  events: [],
  tasks: [{ id: 't1', text: 'Đưa bé Lan đi khám', done: false, carriedFrom: 'h0' }],
  previous: null,
};

function answering(written: unknown[]) {
  network.use(
    sessionOf(carer),
    http.get('/api/handovers/draft', () => ok(handoverDraftSchema, draft)),
    http.post('/api/handovers', async ({ request }) => {
      const body = handoverWriteSchema.parse(await request.json());
      written.push(body);
      return ok(handoverViewSchema, {
        ...draft,
        id: 'c'.repeat(24),
        headcount: draft.headcount,
        events: [],
        summary: body.summary,
        tasks: body.tasks.map((t, i) => ({ id: t.id ?? `n${i}`, ...t, carriedFrom: null })),
        writtenBy: { id: carer.id, fullName: carer.fullName },
        writtenAt: '2026-11-27T13:50:00.000Z',
        outgoing: [],
        acknowledgements: [],
        previousUnacknowledged: null,
        version: 0,
      });
    }),
  );
}

describe('the handover form', () => {
  it('starts from the carried tasks, drops rows left blank and sends the rest', async () => {
    const written: unknown[] = [];
    answering(written);
    const { user } = renderApp(`/duty/handover?${new URLSearchParams(shift)}`);

    expect(await screen.findByDisplayValue('Đưa bé Lan đi khám')).toBeTruthy();
    await user.type(screen.getByLabelText('Nội dung bàn giao'), 'Ca ổn định.');
    await user.click(screen.getByRole('button', { name: 'Thêm việc' }));
    await user.click(screen.getByRole('button', { name: 'Thêm việc' }));
    await user.type(screen.getByLabelText('Việc cần làm 3'), 'Gọi cho gia đình bé Nam');
    await user.click(screen.getAllByLabelText('Đã xong')[0]!);
    await user.click(screen.getByRole('button', { name: 'Lưu giao ca' }));

    await waitFor(() => expect(written).toHaveLength(1));
    expect(written[0]).toEqual({
      ...shift,
      summary: 'Ca ổn định.',
      tasks: [
        { id: 't1', text: 'Đưa bé Lan đi khám', done: true },
        { text: 'Gọi cho gia đình bé Nam', done: false },
      ],
    });
  });

  it('names a task too short to keep beside it, and sends nothing', async () => {
    const written: unknown[] = [];
    answering(written);
    const { user } = renderApp(`/duty/handover?${new URLSearchParams(shift)}`);

    await screen.findByDisplayValue('Đưa bé Lan đi khám');
    await user.click(screen.getByRole('button', { name: 'Xoá việc này 1' }));
    await user.click(screen.getByRole('button', { name: 'Thêm việc' }));
    await user.type(screen.getByLabelText('Việc cần làm 1'), 'X');
    await user.click(screen.getByRole('button', { name: 'Lưu giao ca' }));

    await waitFor(() =>
      expect(descriptionOf(screen.getByLabelText('Việc cần làm 1'))).toContain(
        'Cần ít nhất 2 ký tự',
      ),
    );
    expect(written).toHaveLength(0);
  });
});
