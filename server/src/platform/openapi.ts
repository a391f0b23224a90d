// The OpenAPI 3 document, generated from the same zod schemas the routes validate with.
import { OpenAPIRegistry, OpenApiGeneratorV3 } from '@asteasolutions/zod-to-openapi';

export function createRegistry(): OpenAPIRegistry {
  return new OpenAPIRegistry();
}

export function buildDocument(registry: OpenAPIRegistry) {
  return new OpenApiGeneratorV3(registry.definitions).generateDocument({
    openapi: '3.0.3',
    info: {
      title: 'Care centre case management API',
      version: '0.1.0',
      description:
        'Cookie session auth: GET /api/auth/session gives a csrfToken; send it as X-CSRF-Token on every write.',
    },
    servers: [{ url: '/' }],
  });
}
