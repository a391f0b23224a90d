// The one API client: unwraps `{ data }`, sends the CSRF token on writes, turns errors into ApiError.
import { errorCodes, type ErrorBody, type ErrorCode } from '@care/shared/errors';
import type { CursorPage, PageInfo } from '@care/shared/paging';
import { setReachable } from './connection';
import i18n from './i18n/i18n';

export type ApiErrorCode = ErrorCode | 'network';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type Page<T> = { data: T[]; page: PageInfo };
export type CursorList<T> = { data: T[]; page: CursorPage };

type Query = Record<string, string | number | boolean | null | undefined>;

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** A file sent as itself (document uploads), its type as the Content-Type. */
  file?: Blob;
  query?: Query;
  signal?: AbortSignal;
  /** False for calls where 401 is an answer (login), not an expired session. */
  redirectOn401?: boolean;
  /** The lock's own calls (sign in, sign out) go out while the screen is locked. */
  whileLocked?: boolean;
};

let csrfToken: string | null = null;
let onUnauthenticated: () => void = () => undefined;

/** Every session view the server sends carries a fresh token; the latest one is used. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

// While the screen is locked every other request waits here: it goes out once the same user
// unlocks, and fails once another user signs in (it was made for the previous one).
let held: { until: Promise<boolean>; release: (send: boolean) => void } | null = null;

export function holdRequests(): void {
  if (held) return;
  let release: (send: boolean) => void = () => undefined;
  const until = new Promise<boolean>((resolve) => (release = resolve));
  held = { until, release };
}

export function releaseRequests(send: boolean): void {
  held?.release(send);
  held = null;
}

/** Set once by the app: what to do when the session has expired (go to login, then come back). */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

function urlOf(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/api${path}${search ? `?${search}` : ''}`;
}

function isErrorBody(body: unknown): body is ErrorBody {
  const error = (body as ErrorBody | null)?.error;
  return typeof error?.code === 'string' && typeof error.message === 'string';
}

async function send(path: string, options: RequestOptions, retried = false): Promise<unknown> {
  if (held && !options.whileLocked && !(await held.until)) {
    throw new ApiError(401, 'unauthenticated', i18n.t('errors.unauthenticated'));
  }
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': i18n.language,
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.file) headers['Content-Type'] = options.file.type || 'application/octet-stream';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(urlOf(path, options.query), {
      method,
      headers,
      body: options.file ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    setReachable(false);
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }

  setReachable(response.status !== 502 && response.status !== 504);
  if (response.status === 204) return undefined;
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) return body;

  const error = isErrorBody(body) ? body.error : undefined;
  const code: ErrorCode =
    error && (errorCodes as readonly string[]).includes(error.code) ? error.code : 'internal';
  const apiError = new ApiError(
    response.status,
    code,
    error?.message ?? i18n.t('errors.internal'),
    error?.fields ?? {},
  );

  // A token from before a server restart: take a fresh one and try the write once more.
  if (code === 'csrf_invalid' && !retried) {
    const session = (await send('/auth/session', { redirectOn401: false }, true)) as {
      data?: { csrfToken?: string };
    };
    if (session?.data?.csrfToken) {
      setCsrfToken(session.data.csrfToken);
      return send(path, options, true);
    }
  }
  // A locked screen signed out on purpose: an answer to an earlier request must not leave it.
  if (response.status === 401 && options.redirectOn401 !== false && !held) onUnauthenticated();
  throw apiError;
}

/** A call whose answer is `{ data }`: resolves to `data`. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const body = (await send(path, options)) as { data: T } | undefined;
  return body?.data as T;
}

/** A newest-first list call: resolves to `{ data, page: { next, searchedTo } }`. */
export async function apiCursor<T>(
  path: string,
  options: RequestOptions = {},
): Promise<CursorList<T>> {
  return (await send(path, options)) as CursorList<T>;
}

/** A list call: resolves to `{ data, page }`. */
export async function apiPage<T>(path: string, options: RequestOptions = {}): Promise<Page<T>> {
  return (await send(path, options)) as Page<T>;
}
