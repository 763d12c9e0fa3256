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

/**
 * The header the CRM's API client sends with every request. Another site cannot add it: a
 * cross-origin request with a custom header needs a CORS preflight, which this server never allows.
 */
export const CSRF_HEADER = 'x-domovoy-csrf';

type Verdict = 'same-origin' | 'cross-site' | 'unknown';

// Host and port; a default port is the same as none (a Host header may carry `:80`, an Origin never).
const hostOf = (host: string) => host.toLowerCase().replace(/:(80|443)$/, '');

// The request's own origin: its Host (X-Forwarded-Host under TRUST_PROXY), or PUBLIC_URL.
function isOwnUrl(url: string, request: FastifyRequest, publicOrigin: string | undefined): boolean {
  if (!URL.canParse(url)) return false;
  const { host, origin } = new URL(url);
  return hostOf(host) === hostOf(request.host) || origin === publicOrigin;
}

// Where a browser's request comes from (OWASP CSRF Prevention Cheat Sheet): Origin first (`null`
// is a sandboxed or privacy-stripped page — not us), then Sec-Fetch-Site, the CRM's header, Referer.
function originOf(request: FastifyRequest, publicOrigin: string | undefined): Verdict {
  const { origin, referer } = request.headers;
  if (origin !== undefined) return isOwnUrl(origin, request, publicOrigin) ? 'same-origin' : 'cross-site';
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite !== undefined) return fetchSite === 'same-origin' ? 'same-origin' : 'cross-site';
  if (request.headers[CSRF_HEADER] !== undefined) return 'same-origin';
  if (referer !== undefined) return isOwnUrl(referer, request, publicOrigin) ? 'same-origin' : 'cross-site';
  return 'unknown';
}

/**
 * A browser sends the session cookie with requests other sites start (CSRF): a write that carries
 * the cookie must prove it comes from this origin, logout included. Without a cookie (a script's
 * login) only a request a browser marks as another site's is refused (login CSRF). Bearer tokens
 * are never sent by a browser on its own.
 */
function assertNotCrossSite(request: FastifyRequest, publicOrigin: string | undefined) {
  const verdict = originOf(request, publicOrigin);
  const withCookie = request.cookies[SESSION_COOKIE] !== undefined;
  if (verdict === 'cross-site' || (withCookie && verdict !== 'same-origin')) {
    throw new AppError('CROSS_SITE_REQUEST');
  }
}

export function registerAuthentication(app: App, auth: AuthService, apiKeys: ApiKeysService, config: Config) {
  app.decorateRequest('session', null);
  const publicOrigin = config.publicUrl ? new URL(config.publicUrl).origin : undefined;
  app.addHook('onRequest', async (request) => {
    const routeConfig = request.routeOptions.config;
    // Resident-app routes take only resident device sessions (modules/resident-auth): no staff
    // cookie, session or API key is ever resolved for them.
    if (routeConfig?.resident === true) return;
    const bearer = bearerToken(request);
    if (!bearer && !SAFE_METHODS.has(request.method)) assertNotCrossSite(request, publicOrigin);
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
