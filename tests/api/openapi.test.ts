// The OpenAPI document is complete: every mounted API route is described.
import { useTestApp } from '@care/server/testing/test-app';

const t = useTestApp();

function mountedRoutes(app: unknown): string[] {
  const routes: string[] = [];
  const stack = (app as { router: { stack: Layer[] } }).router.stack;
  type Layer = {
    route?: { path: string; methods: Record<string, boolean> };
    handle?: { stack?: Layer[] };
    matchers?: unknown;
  };
  for (const layer of stack) {
    const inner = layer.handle?.stack;
    if (!inner) continue;
    for (const l of inner)
      if (l.route)
        for (const m of Object.keys(l.route.methods)) routes.push(`${m} ${l.route.path}`);
  }
  return routes;
}

describe('GET /api/openapi.json', () => {
  it('describes every route with its parameters and error shape', async () => {
    const res = await (await t.anonymous()).agent.get('/api/openapi.json').expect(200);
    const doc = res.body;
    expect(doc.openapi).toMatch(/^3\./);
    const described = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
      ([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`),
    );
    const mounted = mountedRoutes(t.app);
    expect(mounted.length).toBeGreaterThan(10);
    expect(described.length).toBe(mounted.length);
    expect(described).toEqual(
      expect.arrayContaining([
        'post /api/auth/login',
        'patch /api/users/{id}',
        'get /api/audit',
        'get /api/residents/{id}',
        'get /api/health',
      ]),
    );
    const patch = doc.paths['/api/users/{id}'].patch;
    expect(patch.parameters[0]).toMatchObject({ name: 'id', in: 'path' });
    // A pattern clients can use as written (no JavaScript flags such as `/i`).
    expect(patch.parameters[0].schema.pattern).toBe('^[0-9a-fA-F]{24}$');
    expect(patch.responses['409']).toBeDefined();
  });
});

describe('GET /api/health', () => {
  it('reports the database as up', async () => {
    const res = await (await t.anonymous()).agent.get('/api/health').expect(200);
    expect(res.body.data).toEqual({ status: 'ok', database: 'up' });
  });
});

describe('documented error statuses', () => {
  it('names only what each route can answer', async () => {
    const doc = (await (await t.anonymous()).agent.get('/api/openapi.json').expect(200)).body;
    const statuses = (path: string, method: string) =>
      Object.keys(doc.paths[path][method].responses).sort();
    expect(statuses('/api/health', 'get')).toEqual(['200', '503']);
    expect(statuses('/api/users/{id}', 'patch')).toEqual(
      ['200', '400', '401', '403', '404', '409', '413', '415', '503', '507'].sort(),
    );
    expect(statuses('/api/auth/login', 'post')).toContain('429');
  });
});
