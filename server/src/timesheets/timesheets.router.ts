// /api/timesheets: a month's timesheets for the whole centre (managers), one person's month day by
// day (managers, or the person themself), and the XLSX and CSV exports.
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { can } from '@care/shared/permissions';
import {
  staffTimesheetViewSchema,
  timesheetQuerySchema,
  timesheetStaffParamsSchema,
  timesheetViewSchema,
} from '@care/shared/timesheets';
import { ApiRouter } from '../platform/api-router';
import { AppError } from '../platform/errors';
import { timesheetCsv, timesheetWorkbook } from './timesheets.export';
import { readStaffTimesheet, readTimesheets } from './timesheets.service';

export function timesheetsRouter(registry: OpenAPIRegistry) {
  const api = new ApiRouter(registry, '/api/timesheets', 'timesheets');
  api.route(
    'get',
    '/',
    {
      summary:
        "A month's timesheets: planned vs actual, night, overtime, rest-day and holiday hours",
      access: 'timesheets.read',
      query: timesheetQuerySchema,
      response: timesheetViewSchema,
    },
    async ({ query }) => readTimesheets(query.month),
  );
  api.route(
    'get',
    '/staff/:staffId',
    {
      summary: "One person's month day by day (managers, or the person themself)",
      access: 'rota.read',
      params: timesheetStaffParamsSchema,
      query: timesheetQuerySchema,
      response: staffTimesheetViewSchema,
    },
    async ({ params, query, actor }) => {
      if (params.staffId !== actor.id && !can(actor.role, 'timesheets.read'))
        throw new AppError('timesheet_not_own');
      return readStaffTimesheet(query.month, params.staffId);
    },
  );
  api.route(
    'get',
    '/export.xlsx',
    {
      summary: "A month's timesheets as an XLSX workbook (Vietnamese headers)",
      access: 'timesheets.read',
      query: timesheetQuerySchema,
    },
    async ({ query, res }) => {
      const body = await timesheetWorkbook(await readTimesheets(query.month));
      res
        .status(200)
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .attachment(`cham-cong-${query.month}.xlsx`)
        .send(body);
    },
  );
  api.route(
    'get',
    '/export.csv',
    {
      summary: "A month's timesheets as CSV (UTF-8 with BOM, Vietnamese headers)",
      access: 'timesheets.read',
      query: timesheetQuerySchema,
    },
    async ({ query, res }) => {
      const body = timesheetCsv(await readTimesheets(query.month));
      res
        .status(200)
        .type('text/csv; charset=utf-8')
        .attachment(`cham-cong-${query.month}.csv`)
        .send(body);
    },
  );
  return api;
}
