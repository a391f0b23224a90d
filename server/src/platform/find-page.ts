// One page of a small collection (staff, residents, settings): filter, sort, page, and the total.
// Collections that grow without end page by cursor instead (platform/latest.ts).
import type { PageQuery } from '@care/shared/paging';

type Pageable = {
  find: (
    filter: Record<string, unknown>,
    projection?: Record<string, 1>,
  ) => {
    sort: (sort: Record<string, 1 | -1>) => {
      skip: (n: number) => { limit: (n: number) => { lean: <R>() => PromiseLike<R> } };
    };
  };
  countDocuments: (filter: Record<string, unknown>) => PromiseLike<number>;
};

export async function findPage<T>(
  model: Pageable,
  filter: Record<string, unknown>,
  sort: Record<string, 1 | -1>,
  page: PageQuery,
  projection?: Record<string, 1>,
): Promise<{ items: T[]; total: number }> {
  const [items, total] = await Promise.all([
    model
      .find(filter, projection)
      .sort(sort)
      .skip((page.page - 1) * page.pageSize)
      .limit(page.pageSize)
      .lean<T[]>(),
    model.countDocuments(filter),
  ]);
  return { items, total };
}
