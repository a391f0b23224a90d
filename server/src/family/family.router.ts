// /api/residents/:id/family (members and reintegration plan) and /family/contacts (the log).
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import {
  contactLogSchema,
  contactLogViewSchema,
  familySaveSchema,
  familyViewSchema,
} from '@care/shared/family';
import { idParamsSchema } from '@care/shared/versioning';
import { ApiRouter } from '../platform/api-router';
import type { ContactLogDoc } from './family.model';
import { listContacts, logContact, readFamily, saveFamily } from './family.service';

const presentContact = (d: ContactLogDoc) => ({
  id: d._id.toString(),
  kind: d.kind,
  on: d.on,
  withWhom: d.withWhom,
  note: d.note ?? '',
  by: d.by,
});

export function familyRouter(registry: OpenAPIRegistry) {
  const api = new ApiRouter(registry, '/api/residents', 'family');
  const params = idParamsSchema;
  api.route(
    'get',
    '/:id/family',
    {
      summary: 'Family members and the reintegration plan',
      access: 'family.read',
      params,
      response: familyViewSchema,
    },
    async ({ params }) => readFamily(params.id),
  );
  api.route(
    'put',
    '/:id/family',
    {
      summary: 'Save family members and the reintegration plan (version-checked)',
      access: 'family.write',
      params,
      body: familySaveSchema,
      response: familyViewSchema,
    },
    async ({ params, body, actor }) => saveFamily(params.id, body, actor),
  );
  api.route(
    'get',
    '/:id/family/contacts',
    {
      summary: 'Visits and calls, newest first',
      access: 'family.read',
      params,
      response: contactLogViewSchema,
      list: true,
    },
    async ({ params }) => {
      const items = (await listContacts(params.id)).map(presentContact);
      return { items, page: { page: 1, pageSize: items.length, total: items.length } };
    },
  );
  api.route(
    'post',
    '/:id/family/contacts',
    {
      summary: 'Log a visit, call or home visit',
      access: 'family.log',
      params,
      body: contactLogSchema,
      response: contactLogViewSchema,
      status: 201,
    },
    async ({ params, body, actor }) => presentContact(await logContact(params.id, body, actor)),
  );
  return api;
}
