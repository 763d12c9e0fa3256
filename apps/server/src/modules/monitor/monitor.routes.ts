import { MonitorQuery, MonitorReport, MonitorSettings, MonitorSettingsBody } from '@domovoy/contract';
import { type App, actorOf, problemResponses } from '../../platform/http';
import type { MonitorService } from './monitor.service';

export function registerMonitorRoutes(app: App, monitor: MonitorService) {
  app.get(
    '/api/monitor',
    {
      schema: {
        tags: ['Медиа сервисы'],
        summary: 'Монитор основных метрик: активные пользователи, с включёнными push, отключения push',
        description:
          'По дням или неделям (с понедельника) за период from..to (дни по Москве, включительно): каждая точка периода, ' +
          'нули где ничего не было; pushDisablesTotal — жители, отключившие push за весь период, каждый один раз. ' +
          'Учитываются версии приложения от минимальной (Настройки → Монитор). Цифры считает фоновое задание раз в 10 минут.',
        querystring: MonitorQuery,
        response: { 200: MonitorReport, ...problemResponses },
      },
    },
    async (request) => monitor.report(actorOf(request), request.query),
  );

  app.get(
    '/api/settings/monitor',
    {
      schema: {
        tags: ['Настройки'],
        summary: 'Монитор: минимальная версия приложения, с которой считаются события',
        response: { 200: MonitorSettings, ...problemResponses },
      },
    },
    async (request) => monitor.settings(actorOf(request)),
  );

  app.put(
    '/api/settings/monitor',
    {
      schema: {
        tags: ['Настройки'],
        summary: 'Изменить минимальную версию приложения для монитора (цифры пересчитываются в фоне)',
        body: MonitorSettingsBody,
        response: { 200: MonitorSettings, ...problemResponses },
      },
    },
    async (request) => monitor.saveSettings(actorOf(request), request.body),
  );
}
