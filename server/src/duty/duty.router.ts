// /api/duty: who is on duty now, check-in and check-out (planned or cover), a day's attendance,
// and the desk's settings (grace period, which residents each unit looks after).
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import {
  attendanceViewSchema,
  checkInSchema,
  checkOutSchema,
  coverCheckInSchema,
  dutyNowViewSchema,
  dutySettingsEditSchema,
  dutySettingsViewSchema,
  entryIdParamsSchema,
} from '@care/shared/duty';
import { isoDaySchema } from '@care/shared/periods';
import { idParamsSchema } from '@care/shared/versioning';
import { ApiRouter } from '../platform/api-router';
import { presentAttendance, presentDutySettings } from './duty.presenter';
import {
  checkIn,
  checkOut,
  coverCheckIn,
  dutyNow,
  editDutySettings,
  listAttendance,
} from './duty.service';
import { getDutySettings } from './shift-instance';

export function dutyRouter(registry: OpenAPIRegistry) {
  const api = new ApiRouter(registry, '/api/duty', 'duty');
  const response = attendanceViewSchema;
  api.route(
    'get',
    '/now',
    {
      summary: 'Who is on duty now, per unit, with check-ins (and the flags, for managers)',
      access: 'duty.desk',
      response: dutyNowViewSchema,
    },
    async ({ actor }) => dutyNow(actor),
  );
  api.route(
    'post',
    '/entries/:entryId/check-in',
    {
      summary: 'Start a published shift (check-in); managers may record it for someone',
      access: 'duty.desk',
      params: entryIdParamsSchema,
      body: checkInSchema,
      response,
      status: 201,
    },
    async ({ params, body, actor }) =>
      presentAttendance(await checkIn(params.entryId, body, actor)),
  );
  api.route(
    'post',
    '/entries/:entryId/check-out',
    {
      summary: 'End a shift (check-out), once its handover is written or with a manager’s override',
      access: 'duty.desk',
      params: entryIdParamsSchema,
      body: checkOutSchema,
      response,
    },
    async ({ params, body, actor }) =>
      presentAttendance(await checkOut({ entryId: params.entryId }, body, actor)),
  );
  api.route(
    'post',
    '/cover',
    {
      summary: 'Check in to a shift not on the rota (cover), marked as unplanned',
      access: 'duty.desk',
      body: coverCheckInSchema,
      response,
      status: 201,
    },
    async ({ body, actor }) => presentAttendance(await coverCheckIn(body, actor)),
  );
  api.route(
    'post',
    '/attendance/:id/check-out',
    {
      summary: 'End a shift by its attendance record (a cover shift)',
      access: 'duty.desk',
      params: idParamsSchema,
      body: checkOutSchema,
      response,
    },
    async ({ params, body, actor }) =>
      presentAttendance(await checkOut({ attendanceId: params.id }, body, actor)),
  );
  api.route(
    'get',
    '/attendance',
    {
      summary: 'Check-ins of the shifts starting on one day',
      access: 'duty.manage',
      query: z.strictObject({ day: isoDaySchema }),
      response,
      list: true,
    },
    async ({ query }) => {
      const items = (await listAttendance(query.day)).map(presentAttendance);
      return { items, page: { page: 1, pageSize: items.length, total: items.length } };
    },
  );
  api.route(
    'get',
    '/settings',
    { summary: 'Duty desk settings', access: 'duty.desk', response: dutySettingsViewSchema },
    async () => presentDutySettings(await getDutySettings()),
  );
  api.route(
    'put',
    '/settings',
    {
      summary: 'Change the grace period and unit links (managers)',
      access: 'duty.manage',
      body: dutySettingsEditSchema,
      response: dutySettingsViewSchema,
    },
    async ({ body, actor }) => presentDutySettings(await editDutySettings(body, actor)),
  );
  return api;
}
