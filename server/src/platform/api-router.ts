// Declares each route once: its OpenAPI entry, who may call it, its validated input, its handler.
import { Router, type Request, type Response } from 'express';
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { can, type Permission } from '@care/shared/permissions';
import { errorBodySchema } from '@care/shared/errors';
import { cursorPageSchema, pageInfoSchema } from '@care/shared/paging';
import { forbidden, unauthenticated } from './errors';
import './express-user';
import { parseInput } from './messages';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Access = Permission | 'public' | 'signed_in';

type Spec<B extends z.ZodType, Q extends z.ZodType, P extends z.ZodType> = {
  summary: string;
  access: Access;
  body?: B;
  query?: Q;
  params?: P;
  /** The schema of `data` in the answer; omit for 204. */
  response?: z.ZodType;
  /** A list answer: `true` pages by number, `'cursor'` newest first by cursor. */
  list?: true | 'cursor';
  /** Error statuses beyond those its declaration implies (e.g. 429 on sign-in). */
  errors?: number[];
  status?: number;
};

export type Input<B, Q, P> = {
  body: B;
  query: Q;
  params: P;
  /** The signed-in user; reading it on a public route without one is a 401. */
  actor: Express.User;
  req: Request;
  res: Response;
};

/** An answer whose status is not the route's usual one (e.g. health while the database is down). */
export class Answer<T> {
  constructor(
    readonly status: number,
    readonly data: T,
  ) {}
}

/** What a list handler returns; the router wraps it as `{ data: items, page }`. */
export type ListResult<T, P> = { items: T[]; page: P };

/** The error statuses a route can answer, from what it declares (documented in OpenAPI). */
function errorStatuses(method: Method, path: string, spec: Spec<z.ZodType, z.ZodType, z.ZodType>) {
  const write = method !== 'get';
  const statuses = new Set<number>([503, ...(spec.errors ?? [])]);
  if (spec.body || spec.query || spec.params) statuses.add(400);
  if (spec.access !== 'public') statuses.add(401);
  if ((spec.access !== 'public' && spec.access !== 'signed_in') || write) statuses.add(403);
  if (path.includes(':')) statuses.add(404);
  if (write && spec.body) [409, 413, 415].forEach((s) => statuses.add(s));
  if (write) statuses.add(507);
  return [...statuses].sort().map(String);
}

export class ApiRouter {
  readonly router = Router();
  constructor(
    private readonly registry: OpenAPIRegistry,
    readonly base: string,
    private readonly tag: string,
  ) {}

  route<
    B extends z.ZodType = z.ZodUndefined,
    Q extends z.ZodType = z.ZodUndefined,
    P extends z.ZodType = z.ZodUndefined,
  >(
    method: Method,
    path: string,
    spec: Spec<B, Q, P>,
    handler: (input: Input<z.output<B>, z.output<Q>, z.output<P>>) => Promise<unknown>,
  ): void {
    this.document(method, path, spec);
    this.router[method](path, async (req: Request, res: Response) => {
      authorise(req, spec.access);
      const input = {
        body: (spec.body ? parseInput(spec.body, req.body ?? {}) : undefined) as z.output<B>,
        query: (spec.query ? parseInput(spec.query, req.query) : undefined) as z.output<Q>,
        params: (spec.params ? parseInput(spec.params, req.params) : undefined) as z.output<P>,
        get actor(): Express.User {
          if (!req.user) throw unauthenticated();
          return req.user;
        },
        req,
        res,
      };
      // Handlers return their data; the envelope is built here, once.
      const result = await handler(input);
      if (res.headersSent) return;
      if (result === undefined) res.status(204).end();
      else if (result instanceof Answer) res.status(result.status).json({ data: result.data });
      else if (spec.list) {
        const { items, page } = result as ListResult<unknown, unknown>;
        res.status(200).json({ data: items, page });
      } else res.status(spec.status ?? 200).json({ data: result });
    });
  }

  private document(method: Method, path: string, spec: Spec<z.ZodType, z.ZodType, z.ZodType>) {
    const data = spec.response;
    const body = data
      ? spec.list
        ? z.object({
            data: z.array(data),
            page: spec.list === 'cursor' ? cursorPageSchema : pageInfoSchema,
          })
        : z.object({ data })
      : undefined;
    const success = String(spec.status ?? (data ? 200 : 204));
    this.registry.registerPath({
      method,
      path: (this.base + path).replace(/:(\w+)/g, '{$1}').replace(/\/$/, ''),
      tags: [this.tag],
      summary: spec.summary,
      description: `Access: ${spec.access}`,
      request: {
        ...(spec.body ? { body: { content: { 'application/json': { schema: spec.body } } } } : {}),
        ...(spec.query ? { query: spec.query as never } : {}),
        ...(spec.params ? { params: spec.params as never } : {}),
      },
      responses: {
        [success]: body
          ? { description: 'OK', content: { 'application/json': { schema: body } } }
          : { description: 'No content' },
        ...Object.fromEntries(
          errorStatuses(method, path, spec).map((s) => [
            s,
            { description: 'Error', content: { 'application/json': { schema: errorBodySchema } } },
          ]),
        ),
      },
    });
  }
}

function authorise(req: Request, access: Access): void {
  if (access === 'public') return;
  if (!req.user) throw unauthenticated();
  if (access !== 'signed_in' && !can(req.user.role, access)) throw forbidden();
}
