import {
  NoContent,
  ResidentCodeBody,
  ResidentCodeResult,
  ResidentLoginBody,
  ResidentNotifications,
  ResidentNotificationsBody,
  ResidentPasswordBody,
  ResidentSignIn,
  ResidentSwitchBody,
  ResidentVerifyBody,
} from '@domovoy/contract';
import { type App, ProblemRef, problemResponses } from '../../platform/http';
import type { ResidentAuthService } from './resident-auth.service';
import { type ResidentSessionsService, residentOf } from './resident-sessions';

export const RESIDENT_TAG = 'Приложение жителя';
export const RESIDENT_PREFIX = '/api/resident/v1';
const responses = { ...problemResponses, 429: ProblemRef };
const open = { resident: true, public: true } as const;
const signedIn = { resident: true } as const;

export function registerResidentAuthRoutes(
  app: App,
  auth: ResidentAuthService,
  sessions: ResidentSessionsService,
) {
  const tags = [RESIDENT_TAG];

  app.post(
    `${RESIDENT_PREFIX}/auth/code`,
    {
      config: open,
      schema: {
        tags,
        summary: 'Код для входа по SMS',
        description:
          'Отправляет 6-значный код на телефон от имени организации. Код действует 5 минут, новый — не чаще ' +
          'раза в минуту; ответ одинаков для известных и новых номеров.',
        body: ResidentCodeBody,
        response: { 200: ResidentCodeResult, ...responses },
      },
    },
    async (request) => auth.requestCode(request.body, request.ip),
  );

  app.post(
    `${RESIDENT_PREFIX}/auth/verify`,
    {
      config: open,
      schema: {
        tags,
        summary: 'Вход по коду из SMS: сеанс устройства',
        description: 'Не больше 5 попыток на код; шестая не проходит даже с верным кодом.',
        body: ResidentVerifyBody,
        response: { 200: ResidentSignIn, ...responses },
      },
    },
    async (request) => auth.verify(request.body, request.ip),
  );

  app.post(
    `${RESIDENT_PREFIX}/auth/login`,
    {
      config: open,
      schema: {
        tags,
        summary: 'Вход по телефону и паролю: сеанс устройства',
        body: ResidentLoginBody,
        response: { 200: ResidentSignIn, ...responses },
      },
    },
    async (request) => auth.login(request.body, request.ip),
  );

  app.post(
    `${RESIDENT_PREFIX}/auth/switch`,
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Переключение на другую организацию жителя: сеанс этого устройства там, без кода',
        description:
          'Только в организацию, где у телефона есть карточка клиента; иначе 404, как для несуществующей. ' +
          'Текущий сеанс остаётся: у устройства по сеансу в каждой организации.',
        body: ResidentSwitchBody,
        response: { 200: ResidentSignIn, ...responses },
      },
    },
    async (request) => auth.switchTo(residentOf(request), request.body, request.ip),
  );

  app.put(
    `${RESIDENT_PREFIX}/auth/password`,
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Установка или смена пароля; сеансы на других устройствах завершаются',
        description:
          'Текущий пароль не нужен, если пароля нет или этот сеанс открыт кодом из SMS не раньше 15 минут назад ' +
          '(так сбрасывается забытый пароль).',
        body: ResidentPasswordBody,
        response: { 204: NoContent, ...responses },
      },
    },
    async (request, reply) => {
      await auth.setPassword(residentOf(request), request.body);
      return reply.status(204).send(null);
    },
  );

  app.post(
    `${RESIDENT_PREFIX}/auth/logout`,
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Выход: сеанс этого устройства завершается',
        response: { 204: NoContent, ...responses },
      },
    },
    async (request, reply) => {
      await auth.logout(residentOf(request));
      return reply.status(204).send(null);
    },
  );

  app.put(
    `${RESIDENT_PREFIX}/devices/current/notifications`,
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Настройки уведомлений этого устройства',
        description: 'Разрешение ОС и включённые типы (коды из каталога); каждое изменение сохраняется.',
        body: ResidentNotificationsBody,
        response: { 200: ResidentNotifications, ...responses },
      },
    },
    async (request) => sessions.reportNotifications(residentOf(request), request.body),
  );
}
