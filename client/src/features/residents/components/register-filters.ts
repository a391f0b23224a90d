// The register's filters as the address holds them, read with the shared query schema, and the
// same filters in words (for the printed list).
import type { TFunction } from 'i18next';
import { residentListQuerySchema, type ResidentFacets } from '@care/shared/residents';
import { readQuery } from '../../../hooks/use-url-filters';
import type { ResidentFilters } from '../api/get-residents';

export const registerPageSize = 20;

export function readRegisterFilters(params: URLSearchParams) {
  const f = readQuery(residentListQuerySchema, params);
  return {
    page: f.page ?? 1,
    q: f.q ?? '',
    category: f.category ?? null,
    // "current" (in care and temporarily away) is what staff look for; the rest is one choice away.
    status: f.status ?? 'current',
    unit: f.unit ?? null,
    room: f.room ?? null,
    gender: f.gender ?? null,
    ageBand: f.ageBand ?? null,
    keyWorkerId: f.keyWorkerId ?? null,
    sort: f.sort ?? 'name',
  };
}
export type RegisterFilters = ReturnType<typeof readRegisterFilters>;

/** The API query of the filters (paging left to the caller). */
export function registerQuery(f: RegisterFilters): ResidentFilters {
  return {
    q: f.q || undefined,
    category: f.category ?? undefined,
    status: f.status,
    unit: f.unit ?? undefined,
    room: f.room ?? undefined,
    gender: f.gender ?? undefined,
    ageBand: f.ageBand ?? undefined,
    keyWorkerId: f.keyWorkerId ?? undefined,
    sort: f.sort,
  };
}

/** "Tình trạng: Đang ở Trung tâm; Khu: A" — what a printed list was filtered by. */
export function describeFilters(t: TFunction, f: RegisterFilters, facets?: ResidentFacets) {
  const parts = [`${t('residents.statusLabel')}: ${t(`register.status.${f.status}`)}`];
  if (f.q) parts.push(t('register.search', { q: f.q }));
  if (f.category)
    parts.push(`${t('residents.categoryLabel')}: ${t(`residents.category.${f.category}`)}`);
  if (f.unit) parts.push(`${t('register.unit')}: ${f.unit}`);
  if (f.room) parts.push(`${t('register.room')}: ${f.room}`);
  if (f.gender) parts.push(`${t('register.gender')}: ${t(`residents.gender.${f.gender}`)}`);
  if (f.ageBand) parts.push(`${t('register.ageBand')}: ${t(`residents.ageBand.${f.ageBand}`)}`);
  if (f.keyWorkerId) {
    const worker = facets?.keyWorkers.find((w) => w.id === f.keyWorkerId);
    parts.push(`${t('register.keyWorker')}: ${worker?.fullName ?? '…'}`);
  }
  return parts.join('; ');
}
