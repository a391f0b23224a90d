// The one error middleware: every failure becomes `{ error: { code, message, fields? } }`.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import mongoose from 'mongoose';
import { isDatabaseUnavailable, isDuplicateKey, isStorageFull } from './db';
import { AppError } from './errors';
import { fieldMessage, languageOf, message } from './messages';

function toAppError(err: unknown): AppError | null {
  if (err instanceof AppError) return err;
  const e = err as { type?: string; status?: number; code?: unknown; keyPattern?: object };
  if (e?.type === 'entity.parse.failed') return new AppError('invalid_json');
  if (e?.type === 'entity.too.large') return new AppError('payload_too_large');
  if (e?.type === 'charset.unsupported' || e?.type === 'encoding.unsupported')
    return new AppError('unsupported_media_type');
  if (e?.code === 'EBADCSRFTOKEN') return new AppError('csrf_invalid');
  if (err instanceof mongoose.Error.CastError || err instanceof mongoose.Error.ValidationError)
    return new AppError('validation_failed');
  if (isDuplicateKey(err)) {
    const field = Object.keys(e.keyPattern ?? {})[0] ?? '_';
    return new AppError('duplicate', { [field]: 'duplicate' });
  }
  if (isStorageFull(err)) return new AppError('storage_full');
  if (isDatabaseUnavailable(err))
    return new AppError('database_unavailable', undefined, { 'Retry-After': '2' });
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500)
    return new AppError(
      e.status === 404 ? 'not_found' : e.status === 415 ? 'unsupported_media_type' : 'bad_request',
    );
  return null;
}

export const errorMiddleware: ErrorRequestHandler = (err, req, res, _next) => {
  const known = toAppError(err);
  const lang = languageOf(req);
  if (!known) req.log?.error({ err }, 'unhandled error');
  const e = known ?? new AppError('internal');
  if (e.headers) res.set(e.headers);
  const fields = e.fields
    ? Object.fromEntries(
        Object.entries(e.fields).map(([field, problem]) => [
          field,
          fieldMessage(lang, typeof problem === 'string' ? { key: problem } : problem),
        ]),
      )
    : undefined;
  const text = e.detail ? `${message(lang, e.code)} ${e.detail[lang]}` : message(lang, e.code);
  res.status(e.status).json({ error: { code: e.code, message: text, fields } });
};

export const notFoundApi: RequestHandler = (_req, _res, next) => next(new AppError('not_found'));
