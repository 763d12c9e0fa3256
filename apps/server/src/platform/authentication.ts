import type { FastifyRequest } from 'fastify';
import type { Config } from '../config';
import { API_KEY_PREFIX, type ApiKeysService } from '../modules/api-keys/api-keys.service';
import type { AuthService } from '../modules/auth/auth.service';
import { AppError } from './errors';
import type { App } from './http';

export const SESSION_COOKIE = 'domovoy_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const [scheme, token] = header.split(' ');
  return scheme?.toLowerCase() === 'bearer' && token ? token : undefined;
}

// A browser sends the session cookie with requests that other sites start; such a request
// carries their Origin. Scripts using Bearer tokens are not exposed to this.
function isCrossSite(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin || origin === 'null') return request.headers['sec-fetch-site'] === 'cross-site';
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}

export function registerAuthentication(app: App, auth: AuthService, apiKeys: ApiKeysService, config: Config) {
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    const bearer = bearerToken(request);
    const routeConfig = request.routeOptions.config;
    if (bearer?.startsWith(API_KEY_PREFIX)) {
      // I-1: an integration key opens only the routes that name its scope.
      const key = await apiKeys.resolve(bearer);
      if (!key) throw new AppError('UNAUTHENTICATED');
      const scope = routeConfig?.apiKeyScope;
      if (!scope || !key.scopes.includes(scope)) throw new AppError('API_KEY_SCOPE');
      request.session = { actor: key.actor, tokenHash: '' };
      return;
    }
    const token = bearer ?? request.cookies[SESSION_COOKIE];
    if (token) request.session = (await auth.resolve(token)) ?? null;
    const isPublic = routeConfig?.public === true || !request.routeOptions.url;
    if (isPublic) return;
    if (!request.session) throw new AppError('UNAUTHENTICATED');
    if (routeConfig?.apiKeyOnly) throw new AppError('API_KEY_REQUIRED');
    if (!bearer && !SAFE_METHODS.has(request.method) && isCrossSite(request)) {
      throw new AppError('CROSS_SITE_REQUEST');
    }
  });
  return {
    cookieOptions: {
      path: '/',
      httpOnly: true,
      sameSite: 'lax' as const,
      secure: config.cookieSecure,
      maxAge: config.sessionIdleHours * 3600,
    },
  };
}
