// Paging shared by every list endpoint: `?page=1&pageSize=20` in, `{ data, page }` out.
import { z } from 'zod';

export const maxPageSize = 100;

export const pageQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(maxPageSize).default(20),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

export const pageInfoSchema = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});
export type PageInfo = z.infer<typeof pageInfoSchema>;

export function pageCount(info: PageInfo): number {
  return Math.max(1, Math.ceil(info.total / info.pageSize));
}

/**
 * Lists of collections that grow without end (audit trail, notes) page by cursor, newest first:
 * `?limit=50&before=<cursor>` in; `{ data, page: { next, searchedTo } }` out. `next` continues
 * further back (null when the search reached its start); `searchedTo` is the oldest day searched.
 */
export const cursorSchema = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9_-]+$/);

export const cursorQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(maxPageSize).default(50),
  before: cursorSchema.optional(),
});
export type CursorQuery = z.infer<typeof cursorQuerySchema>;

export const cursorPageSchema = z.object({
  next: cursorSchema.nullable(),
  searchedTo: z.string().nullable(),
});
export type CursorPage = z.infer<typeof cursorPageSchema>;
