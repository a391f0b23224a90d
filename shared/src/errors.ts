// The wire shape of every API error and the stable codes clients can rely on.
import { z } from 'zod';

export const errorCodes = [
  'bad_request',
  'validation_failed',
  'invalid_json',
  'unauthenticated',
  'invalid_credentials',
  'account_locked',
  'too_many_requests',
  'forbidden',
  'csrf_invalid',
  'not_found',
  'conflict',
  'duplicate',
  'stale_version',
  'payload_too_large',
  'database_unavailable',
  'storage_full',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
