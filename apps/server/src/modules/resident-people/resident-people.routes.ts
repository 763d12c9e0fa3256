import {
  NewPersonBody,
  NoContent,
  PeopleAll,
  PeopleChoices,
  PeopleQuery,
  PersonCard,
  PersonLinkPatch,
  PersonParams,
  PersonPatch,
  PersonPremiseBody,
  PersonPremiseParams,
  PremisePeople,
} from '@domovoy/contract';
import { Type } from 'typebox';
import { type App, problemResponses } from '../../platform/http';
import { photoResponse, sendPhoto } from '../clients/client-photo.routes';
import { RESIDENT_PREFIX, RESIDENT_TAG } from '../resident-auth/resident-auth.routes';
import { residentOf } from '../resident-auth/resident-sessions';
import type { ResidentPeopleService } from './resident-people.service';

// APP-6..APP-8 «Люди»: HTTP only; the rules are in the service.
export function registerResidentPeopleRoutes(app: App, people: ResidentPeopleService) {
  const tags = [RESIDENT_TAG];
  const config = { resident: true } as const;
  const base = `${RESIDENT_PREFIX}/people`;

  app.get(
    base,
    {
      config,
      schema: {
        tags,
        summary: '«Люди» помещения (APP-6): по ролям',
        description:
          'Люди одного из помещений клиента в организации сеанса, по ролям (собственники первыми); пустые группы ' +
          'не выводятся. 404 — клиент не привязан к помещению. `canAdd`, `addableRoles`, `canAddGuests` — что ' +
          'клиент может добавить (APP-8).',
        querystring: PeopleQuery,
        response: { 200: PremisePeople, ...problemResponses },
      },
    },
    async (request) => people.premisePeople(residentOf(request), request.query.premiseId),
  );

  app.get(
    `${base}/all`,
    {
      config,
      schema: {
        tags,
        summary: '«Все» (APP-6): люди общих помещений и гости клиента',
        description:
          'Все, у кого есть доступ к помещениям клиента, и гости клиента, кроме самого клиента; по имени.',
        response: { 200: PeopleAll, ...problemResponses },
      },
    },
    async (request) => people.all(residentOf(request)),
  );

  app.get(
    `${base}/choices`,
    {
      config,
      schema: {
        tags,
        summary: 'Ранее добавленные люди (APP-8)',
        description:
          'Только люди, которых клиент сам добавлял в приложении (не добавленные другими собственниками или сотрудниками).',
        response: { 200: PeopleChoices, ...problemResponses },
      },
    },
    async (request) => people.choices(residentOf(request)),
  );

  app.post(
    base,
    {
      config,
      schema: {
        tags,
        summary: 'Добавить нового человека (APP-8)',
        description:
          'Житель / член семьи, представитель или арендатор — в помещение, где клиент собственник или ' +
          'неподтверждённый собственник; гость — без помещения, если подключены «Мероприятия». Телефон, который ' +
          'уже есть у клиента организации с другими ФИО, — 409 PERSON_NAME_MISMATCH; с теми же ФИО — та же карточка. ' +
          'Ребёнок (младше 18): без телефона, с `addressAs`, роль житель или гость.',
        body: NewPersonBody,
        response: { 201: PersonCard, ...problemResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await people.add(residentOf(request), request.body)),
  );

  app.get(
    `${base}/:clientId`,
    {
      config,
      schema: {
        tags,
        summary: 'Карточка другого пользователя (APP-7)',
        description:
          'Только человек с общим помещением или добавленный самим клиентом (иначе 404). Помещения — только общие.',
        params: PersonParams,
        response: { 200: PersonCard, ...problemResponses },
      },
    },
    async (request) => people.card(residentOf(request), request.params.clientId),
  );

  app.patch(
    `${base}/:clientId`,
    {
      config,
      schema: {
        tags,
        summary: 'Изменить своего гостя (APP-7)',
        description:
          'Редактировать можно только гостя, которого клиент добавил сам (иначе 403 PERSON_NOT_YOURS).',
        params: PersonParams,
        body: PersonPatch,
        response: { 200: PersonCard, ...problemResponses },
      },
    },
    async (request) => people.update(residentOf(request), request.params.clientId, request.body),
  );

  app.delete(
    `${base}/:clientId`,
    {
      config,
      schema: {
        tags,
        summary: '«Удалить пользователя» (APP-7)',
        description:
          'Закрывает доступы, которые клиент сам дал этому человеку, и убирает его из добавленных клиентом. ' +
          'Только для добавленных самим клиентом (403 PERSON_NOT_YOURS).',
        params: PersonParams,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await people.remove(residentOf(request), request.params.clientId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    `${base}/:clientId/photo`,
    {
      config,
      schema: {
        tags,
        summary: 'Фото другого пользователя',
        description: 'Те же правила, что у карточки. Адрес с версией берите из `photoUrl`.',
        params: PersonParams,
        querystring: Type.Object({
          v: Type.Optional(Type.String({ maxLength: 100, description: 'Версия фото' })),
        }),
        response: { 200: photoResponse, ...problemResponses },
      },
    },
    async (request, reply) =>
      sendPhoto(reply, await people.photo(residentOf(request), request.params.clientId)),
  );

  app.post(
    `${base}/:clientId/premises`,
    {
      config,
      schema: {
        tags,
        summary: 'Дать человеку роль в помещении или сделать гостем (APP-8)',
        description:
          'Человек из ранее добавленных клиентом или из «Все». Роль `guest` — без помещения (нужны «Мероприятия»).',
        params: PersonParams,
        body: PersonPremiseBody,
        response: { 201: PersonCard, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await people.addToPremise(residentOf(request), request.params.clientId, request.body)),
  );

  app.patch(
    `${base}/:clientId/premises/:premiseId`,
    {
      config,
      schema: {
        tags,
        summary: 'Изменить роль или дату арендной платы (APP-7)',
        description:
          'Только привязку, которую клиент добавил сам (L-4: добавленные сотрудниками или другими — 403 LINK_NOT_YOURS).',
        params: PersonPremiseParams,
        body: PersonLinkPatch,
        response: { 200: PersonCard, ...problemResponses },
      },
    },
    async (request) =>
      people.updateLink(residentOf(request), request.params.clientId, request.params.premiseId, request.body),
  );

  app.delete(
    `${base}/:clientId/premises/:premiseId`,
    {
      config,
      schema: {
        tags,
        summary: 'Закрыть доступ к помещению (APP-7)',
        description:
          'Только привязку, которую клиент добавил сам (L-4: добавленные сотрудниками или другими — 403 LINK_NOT_YOURS).',
        params: PersonPremiseParams,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await people.removeLink(residentOf(request), request.params.clientId, request.params.premiseId);
      return reply.status(204).send(null);
    },
  );
}
