import { NoContent, ResidentProfile, ResidentProfileBody } from '@domovoy/contract';
import { Type } from 'typebox';
import { type App, ProblemRef, problemResponses } from '../../platform/http';
import { readMultipart } from '../../platform/uploads';
import { photoResponse, sendPhoto } from '../clients/client-photo.routes';
import { RESIDENT_PREFIX, RESIDENT_TAG } from '../resident-auth/resident-auth.routes';
import { residentOf } from '../resident-auth/resident-sessions';
import type { ResidentProfileService } from './resident-profile.service';

export function registerResidentProfileRoutes(app: App, profiles: ResidentProfileService) {
  const tags = [RESIDENT_TAG];
  const config = { resident: true } as const;

  app.get(
    `${RESIDENT_PREFIX}/me/profile`,
    {
      config,
      schema: {
        tags,
        summary: '«Мои данные» (APP-5)',
        description: 'Карточка клиента в организации сеанса; телефон — логин аккаунта.',
        response: { 200: ResidentProfile, ...problemResponses },
      },
    },
    async (request) => profiles.profile(residentOf(request)),
  );

  app.patch(
    `${RESIDENT_PREFIX}/me/profile`,
    {
      config,
      schema: {
        tags,
        summary: 'Изменить «Мои данные»: тип, ФИО или название, дата рождения, e-mail (APP-5)',
        description:
          'Меняет карточку клиента во всех организациях, где она есть (T-3), с проверками CRM (C-5) и записью в ' +
          'историю каждой карточки от имени клиента. Ошибка в любой карточке — 400 с полями, ничего не записано. ' +
          'Телефон и пол в приложении не меняются: поля phone и gender отклоняются (400); другие неизвестные поля ' +
          'отбрасываются, как во всём API.',
        body: ResidentProfileBody,
        response: { 200: ResidentProfile, ...problemResponses },
      },
    },
    async (request) => profiles.update(residentOf(request), request.body),
  );

  app.put(
    `${RESIDENT_PREFIX}/me/photo`,
    {
      config,
      schema: {
        tags,
        summary: 'Загрузить или заменить фото (APP-5)',
        description:
          'multipart/form-data, поле `file`: JPEG, PNG или WebP до 5 МБ и 8000 пикселей по стороне (тип ' +
          'определяется по содержимому). Одно фото на аккаунт — во всех карточках клиента.',
        consumes: ['multipart/form-data'],
        response: { 200: ResidentProfile, ...problemResponses, 415: ProblemRef },
      },
    },
    async (request) =>
      profiles.uploadPhoto(residentOf(request), async (storage, policy) => {
        const { file } = await readMultipart(request, storage, policy);
        return file;
      }),
  );

  app.get(
    `${RESIDENT_PREFIX}/me/photo`,
    {
      config,
      schema: {
        tags,
        summary: 'Фото клиента',
        description: 'Адрес с версией берите из `photoUrl` «Моих данных».',
        querystring: Type.Object({
          v: Type.Optional(Type.String({ maxLength: 100, description: 'Версия фото' })),
        }),
        response: { 200: photoResponse, ...problemResponses },
      },
    },
    async (request, reply) => sendPhoto(reply, await profiles.readPhoto(residentOf(request))),
  );

  app.delete(
    `${RESIDENT_PREFIX}/me/photo`,
    {
      config,
      schema: {
        tags,
        summary: 'Удалить фото',
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await profiles.removePhoto(residentOf(request));
      return reply.status(204).send(null);
    },
  );
}
