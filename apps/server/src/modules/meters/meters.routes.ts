import {
  IdParams,
  Meter,
  MeterBody,
  MeterPatch,
  MeterReading,
  MeterReplaceBody,
  MeterSettings,
  NoContent,
  ReadingBody,
} from '@domovoy/contract';
import { Type } from 'typebox';
import { type App, actorOf, problemResponses } from '../../platform/http';
import type { MetersService } from './meters.service';

const READING_RULES = `Показание меньше предыдущего (по любому тарифу) не принимается (400 METER_READING_LOWER): у заменённого
счётчика показания идут по новому счётчику с его собственного первого показания. Показание намного больше обычного расхода
(средний месячный расход по прежним показаниям × коэффициент из настроек, по умолчанию 5; при истории меньше 28 дней
проверки нет) — 409 METER_READING_JUMP; повтор с confirmJump: true его принимает. Сотрудники вносят показания в любой день.`;

export function registerMetersRoutes(app: App, meters: MetersService) {
  const tags = ['Счётчики'];

  app.get(
    '/api/premises/:id/meters',
    {
      schema: {
        tags,
        summary: 'Счётчики (ИПУ) помещения с последними показаниями; заменённые — после действующих',
        params: IdParams,
        response: { 200: Type.Array(Meter), ...problemResponses },
      },
    },
    async (request) => meters.list(actorOf(request), request.params.id),
  );

  app.post(
    '/api/premises/:id/meters',
    {
      schema: {
        tags,
        summary: 'Добавить счётчик помещению',
        params: IdParams,
        body: MeterBody,
        response: { 201: Meter, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await meters.create(actorOf(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/meters/:id',
    {
      schema: {
        tags,
        summary: 'Изменить счётчик',
        description:
          'Ресурс и число тарифов меняются, только пока у счётчика нет показаний (409 METER_HAS_READINGS).',
        params: IdParams,
        body: MeterPatch,
        response: { 200: Meter, ...problemResponses },
      },
    },
    async (request) => meters.update(actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/meters/:id/replace',
    {
      schema: {
        tags,
        summary: 'Заменить счётчик новым: старый остаётся с показаниями, отмеченный датой замены',
        description:
          'Новый счётчик того же помещения; initialValues — его начальное показание на дату замены. Ответ — новый счётчик.',
        params: IdParams,
        body: MeterReplaceBody,
        response: { 201: Meter, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await meters.replace(actorOf(request), request.params.id, request.body)),
  );

  app.delete(
    '/api/meters/:id',
    {
      schema: {
        tags,
        summary: 'Удалить счётчик вместе с его показаниями',
        params: IdParams,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await meters.remove(actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/meters/:id/readings',
    {
      schema: {
        tags,
        summary: 'Показания счётчика, новые сверху (до 200)',
        params: IdParams,
        response: { 200: Type.Array(MeterReading), ...problemResponses },
      },
    },
    async (request) => meters.readings(actorOf(request), request.params.id),
  );

  app.post(
    '/api/meters/:id/readings',
    {
      schema: {
        tags,
        summary: 'Внести показание счётчика',
        description: `takenOn — день показания (по умолчанию сегодня по Москве); values — по тарифам. ${READING_RULES}`,
        params: IdParams,
        body: ReadingBody,
        response: { 201: MeterReading, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await meters.enterReading(actorOf(request), request.params.id, request.body)),
  );

  app.delete(
    '/api/meter-readings/:id',
    {
      schema: {
        tags,
        summary: 'Удалить ошибочное показание',
        params: IdParams,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await meters.removeReading(actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/settings/meters',
    {
      schema: {
        tags: ['Настройки'],
        summary: 'Показания счётчиков: окно приёма в приложении и коэффициент скачка',
        response: { 200: MeterSettings, ...problemResponses },
      },
    },
    async (request) => meters.settings(actorOf(request)),
  );

  app.put(
    '/api/settings/meters',
    {
      schema: {
        tags: ['Настройки'],
        summary: 'Изменить окно приёма показаний в приложении и коэффициент скачка',
        description:
          'windowFromDay..windowToDay — дни месяца по Москве, включительно (15–25; 25–5 — через конец месяца); оба null — без окна. ' +
          'Окно действует только в приложении жителя.',
        body: MeterSettings,
        response: { 200: MeterSettings, ...problemResponses },
      },
    },
    async (request) => meters.saveSettings(actorOf(request), request.body),
  );
}
