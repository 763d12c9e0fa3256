import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { App } from './http';

// OpenAPI 3.1 generated from the routes' TypeBox schemas; an interactive reference at /api/docs.
export async function registerOpenApi(app: App) {
  await app.register(swagger, {
    // Shared schemas (Problem) keep their $id as their name under components.schemas.
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => String(json.$id ?? `def-${i}`) },
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Domovoy API',
        version: '0.1.0',
        description:
          'API платформы Домовой для управляющих организаций. Вход: POST /api/auth/login, затем заголовок ' +
          '`Authorization: Bearer <token>` (или cookie сессии в браузере). Ошибки — application/problem+json с полем `code`.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          cookie: { type: 'apiKey', in: 'cookie', name: 'domovoy_session' },
        },
      },
      security: [{ bearer: [] }, { cookie: [] }],
    },
  });
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs')) route.config = { ...route.config, public: true };
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { persistAuthorization: true, docExpansion: 'list' },
    uiHooks: {},
  });
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
}
