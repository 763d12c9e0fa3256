import {
  IdParams,
  ResidentAllPremises,
  ResidentDocumentParams,
  ResidentPayments,
  ResidentPremiseCard,
} from '@domovoy/contract';
import { inlineDisposition } from '../../platform/content-disposition';
import { type App, problemResponses } from '../../platform/http';
import { RESIDENT_PREFIX, RESIDENT_TAG } from '../resident-auth/resident-auth.routes';
import { residentOf } from '../resident-auth/resident-sessions';
import type { ResidentPremisesService } from './resident-premises.service';

export function registerResidentPremisesRoutes(app: App, premises: ResidentPremisesService) {
  const tags = [RESIDENT_TAG];
  const config = { resident: true } as const;

  app.get(
    `${RESIDENT_PREFIX}/me/premises`,
    {
      config,
      schema: {
        tags,
        summary: 'Мои помещения (APP-2, T-3): помещения во всех организациях, где у телефона есть карточка',
        description:
          'Организация сеанса — первой, затем другие (с брендом); в каждой — помещения карточки жителя с брендом, ' +
          'суммой к оплате и непрочитанными уведомлениями. Чтобы открыть помещение другой организации, приложение ' +
          'переключает сеанс: POST /auth/switch.',
        response: { 200: ResidentAllPremises, ...problemResponses },
      },
    },
    async (request) => premises.allPremises(residentOf(request)),
  );

  app.get(
    `${RESIDENT_PREFIX}/premises/:id`,
    {
      config,
      schema: {
        tags,
        summary: 'Мое помещение (APP-3): адрес, лицевые счета с суммами, площади, страховка, документы',
        description:
          'Только помещение, к которому привязана карточка жителя в организации сеанса (иначе 404). Лицевые счета — ' +
          'кроме скрытых от жителей; документы — только открытые жителям.',
        params: IdParams,
        response: { 200: ResidentPremiseCard, ...problemResponses },
      },
    },
    async (request) => premises.premise(residentOf(request), request.params.id),
  );

  app.get(
    `${RESIDENT_PREFIX}/premises/:id/documents/:documentId`,
    {
      config,
      schema: {
        tags,
        summary: 'Файл документа помещения, открытого жителям',
        description:
          'Отдаёт файл с его типом и именем (Content-Disposition: inline), чтобы открыть его в браузере.',
        params: ResidentDocumentParams,
      },
    },
    async (request, reply) => {
      const file = await premises.documentFile(
        residentOf(request),
        request.params.id,
        request.params.documentId,
      );
      return reply
        .header('content-type', file.contentType)
        .header('content-length', String(file.size))
        .header('content-disposition', inlineDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.stream);
    },
  );

  app.get(
    `${RESIDENT_PREFIX}/payments`,
    {
      config,
      schema: {
        tags,
        summary: 'Оплатить все (APP-2): суммы к оплате по помещениям и страницы оплаты',
        description:
          'Суммы больше нуля по лицевым счетам помещений жителя (кроме скрытых от жителей) во всех организациях, ' +
          'где у телефона есть карточка (T-3): сначала организации сеанса, у каждого помещения — его организация. ' +
          'paymentUrl — страница оплаты юрлица с номером счёта и суммой; null, если юрлицо её не указало или ' +
          'оплата онлайн выключена для объекта, помещения или жителя. Данные карты Domovoy не получает.',
        response: { 200: ResidentPayments, ...problemResponses },
      },
    },
    async (request) => premises.payments(residentOf(request)),
  );
}
