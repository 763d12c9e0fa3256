import { IdParams, ResidentMeterParams, ResidentMeters, ResidentReadingBody } from '@domovoy/contract';
import { type App, problemResponses } from '../../platform/http';
import { RESIDENT_PREFIX, RESIDENT_TAG } from '../resident-auth/resident-auth.routes';
import { residentOf } from '../resident-auth/resident-sessions';
import type { ResidentMetersService } from './resident-meters.service';

export function registerResidentMetersRoutes(app: App, meters: ResidentMetersService) {
  const tags = [RESIDENT_TAG];
  const config = { resident: true } as const;

  app.get(
    `${RESIDENT_PREFIX}/premises/:id/meters`,
    {
      config,
      schema: {
        tags,
        summary: 'Счётчики моего помещения (APP-3) с последними показаниями и окном приёма показаний',
        description:
          'Только помещение, к которому привязана карточка жителя (иначе 404); заменённые счётчики не показываются.',
        params: IdParams,
        response: { 200: ResidentMeters, ...problemResponses },
      },
    },
    async (request) => meters.meters(residentOf(request), request.params.id),
  );

  app.post(
    `${RESIDENT_PREFIX}/premises/:id/meters/:meterId/readings`,
    {
      config,
      schema: {
        tags,
        summary: 'Передать показания счётчика (сегодняшним днём)',
        description:
          'Вне окна приёма организации — 409 METER_READING_WINDOW с окном в тексте. Меньше предыдущего — 400 ' +
          'METER_READING_LOWER; намного больше обычного расхода — 409 METER_READING_JUMP, повтор с confirmJump: true ' +
          'принимает. Ответ — счётчики помещения, как GET.',
        params: ResidentMeterParams,
        body: ResidentReadingBody,
        response: { 201: ResidentMeters, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await meters.submit(residentOf(request), request.params.id, request.params.meterId, request.body),
        ),
  );
}
