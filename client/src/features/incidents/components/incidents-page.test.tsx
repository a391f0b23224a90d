import { screen, waitFor, within } from '@testing-library/react';
import { incidentListQuerySchema, incidentViewSchema } from '@care/shared/incidents';
import { http, network, page, sessionOf, userView } from '../../../testing/network';
import { chooseOption } from '../../../testing/queries';
import { renderApp } from '../../../testing/render';

const residentId = 'e'.repeat(24);
const incident = incidentViewSchema.parse({
  id: 'f'.repeat(24),
  residentId,
  residentName: 'Vàng Seo Pao',
  type: 'absconding',
  severity: 'serious',
  occurredAt: '2026-11-20T19:30:00+07:00',
  place: 'Cổng sau',
  description: 'Tự ý ra khỏi Trung tâm.',
  peopleInvolved: '',
  immediateAction: 'Tìm và đưa về.',
  notifications: [],
  followUps: [
    {
      id: '1',
      task: 'Họp gia đình',
      owner: { id: 'a'.repeat(24), fullName: 'Lý Thị Hoa' },
      dueDate: '2026-11-21',
      doneOn: null,
    },
  ],
  status: 'open',
  outcome: '',
  reportedBy: { id: 'a'.repeat(24), fullName: 'Lý Thị Hoa' },
  closedBy: null,
  version: 0,
});

it('lists the open incidents, filters by severity, says when none match, and opens the resident’s incidents tab', async () => {
  const queries: unknown[] = [];
  network.use(
    sessionOf(userView({ role: 'manager' })),
    http.get('/api/incidents', ({ request }) => {
      const query = incidentListQuerySchema.parse(
        Object.fromEntries(new URL(request.url).searchParams),
      );
      queries.push(query);
      const items = query.severity === 'minor' ? [] : [incident];
      return page(incidentViewSchema, items, { page: 1, pageSize: 20, total: items.length });
    }),
  );
  const { user, router } = renderApp('/incidents');
  const table = await screen.findByRole('table', { name: 'Sự cố của Trung tâm' });
  const link = await within(table).findByRole('link', { name: 'Vàng Seo Pao' });
  expect(link.getAttribute('href')).toBe(`/residents/${residentId}?tab=incidents`);
  expect(within(table).getByText('1 việc quá hạn')).toBeTruthy();
  expect(queries[0]).toMatchObject({ status: 'open', page: 1, pageSize: 20 });

  await chooseOption(user, screen.getByPlaceholderText('Mọi mức độ'), 'Nhẹ');
  expect(await screen.findByText('Không có sự cố nào đang theo dõi.')).toBeTruthy();
  expect(router.state.location.search).toBe('?severity=minor');
  await waitFor(() => expect(queries.at(-1)).toMatchObject({ severity: 'minor' }));
});
