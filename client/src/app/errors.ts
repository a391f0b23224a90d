// Turns any thrown error into one sentence in the user's language.
import type { TFunction } from 'i18next';
import { ApiError, type ApiErrorCode } from './api-client';

// Codes whose meaning does not depend on the request: the catalogue says them best.
const catalogued: readonly ApiErrorCode[] = [
  'network',
  'unauthenticated',
  'invalid_credentials',
  'account_locked',
  'too_many_requests',
  'forbidden',
  'csrf_invalid',
  'not_found',
  'stale_version',
  'payload_too_large',
  'unsupported_media_type',
  'database_unavailable',
  'storage_full',
  'internal',
];

export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    if (catalogued.includes(error.code)) return t(`errors.${error.code}`);
    return error.message || t('errors.internal');
  }
  return t('errors.unexpected');
}

export function isApiError(error: unknown, code: ApiErrorCode): error is ApiError {
  return error instanceof ApiError && error.code === code;
}
