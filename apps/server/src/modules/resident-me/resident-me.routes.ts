import { ResidentMe, ResidentRequest, ResidentRequestBody } from '@domovoy/contract';
import { Type } from 'typebox';
import { AppError } from '../../platform/errors';
import { type App, ProblemRef, problemResponses } from '../../platform/http';
import { RESIDENT_PREFIX, RESIDENT_TAG } from '../resident-auth/resident-auth.routes';
import { residentOf } from '../resident-auth/resident-sessions';
import { mapAppManifest } from './app-manifest.view';
import type { ResidentMeService } from './resident-me.service';

export function registerResidentMeRoutes(app: App, me: ResidentMeService) {
  const tags = [RESIDENT_TAG];
  const config = { resident: true } as const;

  app.get(
    `${RESIDENT_PREFIX}/me`,
    {
      config,
      schema: {
        tags,
        summary: 'Аккаунт жителя: карточка, помещения и заявки в этой организации',
        description:
          'Карточка, помещения (с ролью, раньше привязанные — первыми) и заявки — в организации, в которой открыт ' +
          'сеанс; список organizations — организации, где у телефона есть карточка клиента.',
        response: { 200: ResidentMe, ...problemResponses },
      },
    },
    async (request) => me.me(residentOf(request)),
  );

  app.post(
    `${RESIDENT_PREFIX}/registration-requests`,
    {
      config,
      schema: {
        tags,
        summary: 'Заявка на регистрацию или добавление помещения',
        description:
          'Попадает в «Заявки на регистрацию» CRM этой организации. Вторая такая же заявка, пока первая ждёт ' +
          'рассмотрения, не принимается (409).',
        body: ResidentRequestBody,
        response: { 201: ResidentRequest, ...problemResponses, 429: ProblemRef },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await me.submitRequest(residentOf(request), request.body)),
  );

  // T-3: each organisation's app installs under its brand (index.html links it by the path).
  app.get(
    '/app/:organization/manifest.webmanifest',
    {
      config: { resident: true, public: true },
      schema: { hide: true, params: Type.Object({ organization: Type.String({ maxLength: 40 }) }) },
    },
    async (request, reply) => {
      const organization = await me.appOrganization(request.params.organization);
      if (!organization) throw new AppError('ROUTE_NOT_FOUND');
      return reply
        .header('content-type', 'application/manifest+json; charset=utf-8')
        .header('cache-control', 'no-cache')
        .send(JSON.stringify(mapAppManifest(organization)));
    },
  );
}
