// Builds the Express app: security headers, logs, body limits, sessions, the API, the client.
import { existsSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import compression from 'compression';
import express from 'express';
import expressStaticGzip from 'express-static-gzip';
import helmet from 'helmet';
import { rateLimit } from 'express-rate-limit';
import type pino from 'pino';
import { auditRouter } from './audit/audit.router';
import { authRouter } from './auth/auth.router';
import { assessmentsRouter } from './care-plans/assessments.router';
import { carePlansRouter } from './care-plans/care-plans.router';
import { createPassport } from './auth/passport';
import { healthRouter } from './health/health.router';
import { healthRecordsRouter } from './health-records/health-records.router';
import { residentsRouter } from './residents/residents.router';
import { residentNotesRouter, shiftNotesRouter } from './notes/notes.router';
import { timelineRouter } from './timeline/timeline.router';
import { familyRouter } from './family/family.router';
import { documentsRouter, rawDocumentBody } from './documents/documents.router';
import { incidentsRouter, residentIncidentsRouter } from './incidents/incidents.router';
import { rotaSolverRouter } from './rota/solver/solver.router';
import { staffRouter } from './users/staff.router';
import { usersRouter } from './users/users.router';
import { rotaSetupRouter } from './rota/rota-setup.router';
import { rotaStaffRouter } from './rota/rota-staff.router';
import { rotaRouter } from './rota/rota.router';
import { foodsRouter } from './kitchen/foods.router';
import { recipesRouter } from './kitchen/recipes.router';
import { kitchenRouter } from './kitchen/kitchen.router';
import { menusRouter } from './menus/menus.router';
import { dutyRouter } from './duty/duty.router';
import { handoversRouter } from './handovers/handovers.router';
import { rotaAutofillRouter } from './rota/autofill/autofill.router';
import { timesheetsRouter } from './timesheets/timesheets.router';
import { foodSafetyRouter } from './food-safety/food-safety.router';
import { rotaSwapsRouter } from './rota/swaps.router';
import type { Config } from './platform/config';
import { repoRoot } from './platform/paths';
import { AppError } from './platform/errors';
import { errorMiddleware, notFoundApi } from './platform/error-middleware';
import { httpLogger } from './platform/logger';
import { buildDocument, createRegistry } from './platform/openapi';
import { DatabaseRateLimitStore } from './platform/rate-limit-store';
import { installSessions } from './platform/session';

export function createApp(config: Config, logger: pino.Logger) {
  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy) app.set('trust proxy', 1);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          upgradeInsecureRequests: config.production ? [] : null,
        },
      },
    }),
  );
  app.use(httpLogger(logger));
  // gzip or brotli, as the browser accepts, for the client's files and the API's answers.
  app.use(compression({ brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } } }));
  // API answers hold personal data: never kept by the browser or a proxy.
  app.use('/api', (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  app.use('/api', express.json({ limit: '100kb', strict: true }));
  // Documents are uploaded as themselves (PDF, JPEG, PNG), everything else as JSON.
  app.post('/api/residents/:id/documents', rawDocumentBody);
  app.use('/api', (req, _res, next) => {
    const writes = ['POST', 'PUT', 'PATCH'].includes(req.method);
    if (
      writes &&
      !Buffer.isBuffer(req.body) &&
      req.headers['content-length'] !== '0' &&
      req.headers['content-type'] &&
      !req.is('application/json')
    ) {
      return next(new AppError('unsupported_media_type'));
    }
    next();
  });

  const auth = installSessions(app, config, createPassport(config.login));
  const registry = createRegistry();

  app.use(
    '/api/auth/login',
    rateLimit({
      windowMs: 15 * 60_000,
      limit: config.login.ipLimitPer15Minutes,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      // Failed sign-ins count; a whole centre behind one address signs in at shift change.
      skipSuccessfulRequests: true,
      store: new DatabaseRateLimitStore('login'),
      handler: (_req, _res, next) => next(new AppError('too_many_requests')),
    }),
  );
  const routers = [
    healthRouter(registry),
    authRouter(registry, auth, config),
    usersRouter(registry),
    staffRouter(registry),
    auditRouter(registry),
    residentsRouter(registry),
    residentNotesRouter(registry),
    shiftNotesRouter(registry),
    timelineRouter(registry),
    familyRouter(registry),
    documentsRouter(registry),
    residentIncidentsRouter(registry),
    incidentsRouter(registry),
    healthRecordsRouter(registry),
    assessmentsRouter(registry),
    carePlansRouter(registry),
    rotaSolverRouter(registry),
    rotaSetupRouter(registry),
    rotaStaffRouter(registry),
    rotaRouter(registry),
    foodsRouter(registry),
    recipesRouter(registry),
    kitchenRouter(registry),
    menusRouter(registry),
    dutyRouter(registry),
    handoversRouter(registry),
    rotaAutofillRouter(registry),
    timesheetsRouter(registry),
    foodSafetyRouter(registry),
    rotaSwapsRouter(registry),
  ];
  for (const api of routers) app.use(api.base, api.router);
  const document = buildDocument(registry);
  app.get('/api/openapi.json', (_req, res) => res.json(document));
  app.use('/api', notFoundApi);

  const clientDist = path.join(repoRoot, 'client', 'dist');
  if (existsSync(clientDist)) {
    // Built files carry a content hash in their names: cached for a year; index.html never.
    // The build compressed them already (brotli 11, gzip 9): sent as they are.
    app.use(
      '/assets',
      expressStaticGzip(path.join(clientDist, 'assets'), {
        enableBrotli: true,
        orderPreference: ['br', 'gz'],
        index: false,
        serveStatic: { immutable: true, maxAge: '365d' },
      }),
    );
    app.use(
      express.static(clientDist, {
        index: false,
        maxAge: '1h',
        setHeaders: (res, file) => {
          if (file.endsWith('.html')) res.set('Cache-Control', 'no-cache');
        },
      }),
    );
    app.get(/^\/(?!api\/).*/, (_req, res) =>
      res.set('Cache-Control', 'no-cache').sendFile(path.join(clientDist, 'index.html')),
    );
  }
  app.use(errorMiddleware);
  return app;
}
