// The one error type of the API: a status, a stable code and optional per-field messages.
import { errorStatus, type ErrorCode } from '@care/shared/errors';
import type { Language } from '@care/shared/language';
import type { ValidationKey, ValidationMessage } from '@care/shared/validation-keys';

/** Per-field problems by field path, translated when the answer is written. */
export type FieldProblems = Record<string, ValidationKey | ValidationMessage>;

/** Its status comes from the one table in shared/src/errors.ts. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly fields?: FieldProblems,
    readonly headers?: Record<string, string>,
    /** Words added after the code's message, in each language (e.g. the rules a swap breaks). */
    readonly detail?: Record<Language, string>,
  ) {
    super(code);
    this.status = errorStatus[code];
  }
}

export const badRequest = (fields?: FieldProblems) => new AppError('validation_failed', fields);
export const unauthenticated = () => new AppError('unauthenticated');
export const forbidden = () => new AppError('forbidden');
export const notFound = () => new AppError('not_found');
export const staleVersion = () => new AppError('stale_version');
export const duplicate = (field: string) => new AppError('duplicate', { [field]: 'duplicate' });
