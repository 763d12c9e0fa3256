import { ChangePasswordBody, LoginBody, LoginResult, Me, NoContent, Nullable } from '@domovoy/contract';
import { SESSION_COOKIE } from '../../platform/authentication';
import { AppError } from '../../platform/errors';
import { type App, actorOf, problemResponses } from '../../platform/http';
import { headerText } from '../../platform/input-guard';
import type { AuthService } from './auth.service';

type CookieOptions = { path: string; httpOnly: boolean; sameSite: 'lax'; secure: boolean; maxAge: number };

export function registerAuthRoutes(app: App, auth: AuthService, cookieOptions: CookieOptions) {
  const tags = ['Вход'];

  app.post(
    '/api/auth/login',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Вход сотрудника по логину и паролю',
        description: 'Возвращает токен для заголовка Authorization и ставит httpOnly cookie сессии.',
        body: LoginBody,
        response: { 200: LoginResult, ...problemResponses },
      },
    },
    async (request, reply) => {
      const result = await auth.login({
        login: request.body.login,
        password: request.body.password,
        ip: request.ip,
        userAgent: headerText(request.headers['user-agent']),
      });
      reply.setCookie(SESSION_COOKIE, result.token, cookieOptions);
      return result;
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { public: true },
      schema: { tags, summary: 'Выход: сессия завершается на сервере', response: { 204: NoContent } },
    },
    async (request, reply) => {
      if (request.session) await auth.logout(request.session.tokenHash);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    {
      schema: {
        tags,
        summary: 'Текущий сотрудник, его организация и права',
        response: { 200: Me, ...problemResponses },
      },
    },
    async (request) => auth.me(actorOf(request)),
  );

  app.get(
    '/api/auth/session',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Сессия этого браузера: текущий сотрудник или null, если вход не выполнен',
        description:
          'Для веб-приложения: без сессии отвечает 200 и null, а не 401, поэтому браузер не пишет ошибку ' +
          'в консоль. Скриптам и интеграциям — GET /api/auth/me (без сессии 401).',
        response: { 200: Nullable(Me), ...problemResponses },
      },
    },
    async (request) => auth.session(request.session?.actor),
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags,
        summary: 'Смена своего пароля; другие сессии завершаются',
        body: ChangePasswordBody,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      if (!request.session) throw new AppError('UNAUTHENTICATED');
      await auth.changePassword(request.session, request.body.currentPassword, request.body.newPassword);
      return reply.status(204).send(null);
    },
  );
}
