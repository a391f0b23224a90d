// GET /api/residents: one page of the register; GET /api/residents/facets: what to filter by.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ResidentFacets, ResidentListQuery, ResidentSummary } from '@care/shared/residents';
import { maxPageSize } from '@care/shared/paging';
import { api, apiPage } from '../../../app/api-client';

export type ResidentFilters = Partial<ResidentListQuery>;

export function getResidents(filters: ResidentFilters, signal?: AbortSignal) {
  return apiPage<ResidentSummary>('/residents', { query: filters, signal });
}

export function residentsQuery(filters: ResidentFilters) {
  return queryOptions({
    queryKey: ['residents', 'list', filters],
    queryFn: ({ signal }) => getResidents(filters, signal),
    placeholderData: keepPreviousData,
  });
}

export function useResidents(filters: ResidentFilters) {
  return useQuery(residentsQuery(filters));
}

/** The most rows a printed list holds: beyond that staff narrow the filters. */
export const printLimit = 500;

/** Every matching row for the printed list, page by page, up to `printLimit`. */
export async function getAllResidents(filters: ResidentFilters, signal?: AbortSignal) {
  const first = await getResidents({ ...filters, page: 1, pageSize: maxPageSize }, signal);
  const rows = [...first.data];
  const pages = Math.ceil(Math.min(first.page.total, printLimit) / maxPageSize);
  for (let page = 2; page <= pages; page++) {
    const next = await getResidents({ ...filters, page, pageSize: maxPageSize }, signal);
    rows.push(...next.data);
  }
  return { rows: rows.slice(0, printLimit), total: first.page.total };
}

export function useAllResidents(filters: ResidentFilters) {
  return useQuery({
    queryKey: ['residents', 'print', filters],
    queryFn: ({ signal }) => getAllResidents(filters, signal),
  });
}

export const residentFacetsQuery = queryOptions({
  queryKey: ['residents', 'facets'],
  queryFn: ({ signal }) => api<ResidentFacets>('/residents/facets', { signal }),
  staleTime: 60_000,
});

export function useResidentFacets() {
  return useQuery(residentFacetsQuery);
}
