// Puts the per-field messages of a 400/409 answer next to the fields they belong to.
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from './api-client';

/** Returns true when at least one message found its field (the form then needs no other alert). */
export function setServerFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): boolean {
  if (!(error instanceof ApiError)) return false;
  let placed = false;
  for (const [field, message] of Object.entries(error.fields)) {
    const path = fields.find((f) => f === field);
    if (path) {
      setError(path, { type: 'server', message });
      placed = true;
    }
  }
  return placed;
}
