// The one error type of the API: a status, a stable code and optional per-field messages.
import type { ErrorCode } from '@care/shared/errors';

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly fields?: Record<string, string>,
    readonly headers?: Record<string, string>,
  ) {
    super(code);
  }
}

export const badRequest = (fields?: Record<string, string>) =>
  new AppError(400, 'validation_failed', fields);
export const unauthenticated = () => new AppError(401, 'unauthenticated');
export const forbidden = () => new AppError(403, 'forbidden');
export const notFound = () => new AppError(404, 'not_found');
export const staleVersion = () => new AppError(409, 'stale_version');
export const duplicate = (field: string) =>
  new AppError(409, 'duplicate', { [field]: 'duplicate' });
