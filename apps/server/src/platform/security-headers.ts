import helmet from '@fastify/helmet';
import type { Config } from '../config';
import type { App } from './http';

/**
 * The usual security headers on every answer (issue 10, hole 8), with a Content-Security-Policy
 * the CRM and the API reference work under: only this origin's scripts, no framing, no plugins.
 * Ant Design writes its CSS-in-JS into <style> elements, hence 'unsafe-inline' for styles only.
 */
export async function registerSecurityHeaders(app: App, config: Config) {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
    },
    xFrameOptions: { action: 'deny' },
    // Our own pages send a Referer to the server (a CSRF check falls back to it), no one else gets it.
    referrerPolicy: { policy: 'same-origin' },
    // HTTPS is the proxy's business: HSTS only where the cookie is marked secure, and not for
    // the organisation's other subdomains.
    strictTransportSecurity: config.cookieSecure
      ? { maxAge: 180 * 24 * 3600, includeSubDomains: false }
      : false,
  });
}
