import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import type { Config } from './config';
import type { Db } from './db/database';
import { registerAccountsRoutes } from './modules/accounts/accounts.routes';
import { accountsService } from './modules/accounts/accounts.service';
import { registerActivityRoutes } from './modules/activity/activity.routes';
import { activityService } from './modules/activity/activity.service';
import { registerApiKeysRoutes } from './modules/api-keys/api-keys.routes';
import { apiKeysService } from './modules/api-keys/api-keys.service';
import { registerAuthRoutes } from './modules/auth/auth.routes';
import { authService } from './modules/auth/auth.service';
import { registerBrandsRoutes } from './modules/brands/brands.routes';
import { brandsService } from './modules/brands/brands.service';
import { registerClientSessionsRoutes } from './modules/client-sessions/client-sessions.routes';
import { clientSessionsService } from './modules/client-sessions/client-sessions.service';
import { clientPhotoService } from './modules/clients/client-photo';
import { registerClientPhotoRoutes } from './modules/clients/client-photo.routes';
import { registerClientsRoutes } from './modules/clients/clients.routes';
import { clientsService } from './modules/clients/clients.service';
import { externalIdsService } from './modules/clients/external-ids.service';
import { registerDocumentsRoutes } from './modules/documents/documents.routes';
import { documentsService } from './modules/documents/documents.service';
import { registerExportsRoutes } from './modules/exports/exports.routes';
import { exportsService } from './modules/exports/exports.service';
import { importWorker } from './modules/imports/import-worker';
import { registerImportsRoutes } from './modules/imports/imports.routes';
import { importsService } from './modules/imports/imports.service';
import { registerTemplatesRoutes } from './modules/imports/templates.routes';
import { templatesService } from './modules/imports/templates.service';
import { registerXmlFolderRoutes } from './modules/imports/xml-folder.routes';
import { xmlFolderService } from './modules/imports/xml-folder.service';
import { type XmlFolderPoller, xmlFolderPoller } from './modules/imports/xml-folder-poller';
import { registerIntegrationActivityRoutes } from './modules/integration/activity.routes';
import { registerIntegrationRoutes } from './modules/integration/integration.routes';
import { registerIntegrationMetersRoutes } from './modules/integration/meters.routes';
import { registerIntegrationRequestsRoutes } from './modules/integration/requests.routes';
import { registerLeadsRoutes } from './modules/leads/leads.routes';
import { leadsService } from './modules/leads/leads.service';
import { registerLegalEntitiesRoutes } from './modules/legal-entities/legal-entities.routes';
import { legalEntitiesService } from './modules/legal-entities/legal-entities.service';
import { registerLinksRoutes } from './modules/links/links.routes';
import { linksService } from './modules/links/links.service';
import { registerMailingsRoutes } from './modules/mailings/mailings.routes';
import { mailingsService } from './modules/mailings/mailings.service';
import { MAILING_SEND_JOB, mailingDelivery, recordMailingSms } from './modules/mailings/send-mailing';
import { registerMetersRoutes } from './modules/meters/meters.routes';
import { metersService } from './modules/meters/meters.service';
import { registerResidentMetersRoutes } from './modules/meters/resident-meters.routes';
import { residentMetersService } from './modules/meters/resident-meters.service';
import {
  MONITOR_RECOMPUTE_JOB,
  MONITOR_REFRESH_MS,
  monitorRecompute,
  refreshMonitor,
} from './modules/monitor/compute-monitor';
import { registerMonitorRoutes } from './modules/monitor/monitor.routes';
import { monitorService } from './modules/monitor/monitor.service';
import { registerObjectsRoutes } from './modules/objects/objects.routes';
import { objectsService } from './modules/objects/objects.service';
import { organizationsService } from './modules/organizations/organizations.service';
import { registerPremisesRoutes } from './modules/premises/premises.routes';
import { premisesService } from './modules/premises/premises.service';
import { pushDelivery } from './modules/push/deliver-push';
import { fcmSender } from './modules/push/fcm-sender';
import { registerPushRoutes } from './modules/push/push.routes';
import { pushService } from './modules/push/push.service';
import { pushSenders } from './modules/push/push-senders';
import { PUSH_SEND_JOB } from './modules/push/queue-push';
import { lazyVapidKeys } from './modules/push/vapid-keys';
import { webPushSender } from './modules/push/web-push-sender';
import { registerRegistrationsRoutes } from './modules/registrations/registrations.routes';
import { registrationsService } from './modules/registrations/registrations.service';
import { registerResidentAuthRoutes } from './modules/resident-auth/resident-auth.routes';
import { residentAuthService } from './modules/resident-auth/resident-auth.service';
import {
  registerResidentAuthentication,
  residentSessionsService,
} from './modules/resident-auth/resident-sessions';
import { registerResidentMeRoutes } from './modules/resident-me/resident-me.routes';
import { residentMeService } from './modules/resident-me/resident-me.service';
import { registerResidentNotificationsRoutes } from './modules/resident-notifications/resident-notifications.routes';
import { residentNotificationsService } from './modules/resident-notifications/resident-notifications.service';
import { sendRentReminders } from './modules/resident-people/rent-reminders';
import { registerResidentPeopleRoutes } from './modules/resident-people/resident-people.routes';
import { residentPeopleService } from './modules/resident-people/resident-people.service';
import { registerResidentPremisesRoutes } from './modules/resident-premises/resident-premises.routes';
import { residentPremisesService } from './modules/resident-premises/resident-premises.service';
import { registerResidentProfileRoutes } from './modules/resident-profile/resident-profile.routes';
import { residentProfileService } from './modules/resident-profile/resident-profile.service';
import { registerRolesRoutes } from './modules/roles/roles.routes';
import { rolesService } from './modules/roles/roles.service';
import { registerSearchRoutes } from './modules/search/search.routes';
import { searchService } from './modules/search/search.service';
import { requestTypesService } from './modules/service-requests/request-types.service';
import { registerResidentOrdersRoutes } from './modules/service-requests/resident-orders.routes';
import { residentOrdersService } from './modules/service-requests/resident-orders.service';
import { registerServiceRequestsRoutes } from './modules/service-requests/service-requests.routes';
import { serviceRequestsService } from './modules/service-requests/service-requests.service';
import { smsDelivery } from './modules/sms/deliver-sms';
import { registerSmsRoutes } from './modules/sms/sms.routes';
import { smsService } from './modules/sms/sms.service';
import { SMS_SEND_JOB } from './modules/sms/sms-outbox';
import { smsSenderFor } from './modules/sms/sms-senders';
import { registerStaffRoutes } from './modules/staff/staff.routes';
import { staffService } from './modules/staff/staff.service';
import { registerTagsRoutes } from './modules/tags/tags.routes';
import { tagsService } from './modules/tags/tags.service';
import { registerAuthentication } from './platform/authentication';
import { registerCrmApp } from './platform/crm-app';
import { registerHomePage } from './platform/home-page';
import { createFastify, type LoggerOption, registerErrorHandling } from './platform/http';
import { type JobRunner, jobRunner } from './platform/job-runner';
import { lazyOneTimeCodes } from './platform/one-time-codes';
import { registerOpenApi } from './platform/openapi';
import { registerResidentApp } from './platform/resident-app';
import { scheduler, type Timers } from './platform/schedule';
import { registerSecurityHeaders } from './platform/security-headers';
import { serverSecret } from './platform/server-secret';
import type { FileStorage } from './platform/storage';

declare module 'fastify' {
  interface FastifyInstance {
    /** I-2: the watched XML folders (`scanOnce` reads them now). */
    xmlFolders: XmlFolderPoller;
    /** Issue 11: the background job runner (`wake()` after an enqueue; tests await `idle()`). */
    jobs: JobRunner;
  }
}

export type AppDeps = {
  config: Config;
  db: Db;
  storage: FileStorage;
  logger?: LoggerOption;
  now?: () => Date;
  /** What times the periodic tasks (real intervals by default; tests move a clock of their own). */
  timers?: Timers;
  /** The built staff CRM (apps/crm/dist) to serve at `/`; without it `/` points to the API reference. */
  crmDir?: string;
  /** The built resident app (apps/resident/dist) to serve at `/app/`. */
  residentAppDir?: string;
};

/** The whole server, wired explicitly: this function is the table of contents (STYLE 4). */
export async function buildApp({
  config,
  db,
  storage,
  logger = false,
  now,
  timers,
  crmDir,
  residentAppDir,
}: AppDeps) {
  const app = createFastify(config, logger);
  registerErrorHandling(app);
  await registerSecurityHeaders(app, config);
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: config.maxUploadBytes, files: 1, fields: 20 } });
  await registerOpenApi(app);
  const schedule = scheduler(app, timers);

  // Issue 11: one job runner for all asynchronous work, polling and woken after an enqueue;
  // SMS is its first kind.
  const jobs = jobRunner({ db, log: app.log, ...config.jobs });
  jobs.register(
    SMS_SEND_JOB,
    smsDelivery({ db, sender: smsSenderFor(config.sms), log: app.log, settled: recordMailingSms }),
  );
  // Issue 14: every in-app notification is also pushed to the devices that allow its type.
  const vapidKeys = lazyVapidKeys(db, config.push.vapid);
  const pushSender = pushSenders({
    webpush: webPushSender({ keys: vapidKeys, subject: config.push.vapidSubject, ...config.push }),
    fcm: config.push.fcm && fcmSender(config.push.fcm, config.push),
  });
  jobs.register(PUSH_SEND_JOB, pushDelivery({ db, sender: pushSender, log: app.log }));
  app.decorate('jobs', jobs);
  app.addHook('onReady', async () => jobs.start());
  app.addHook('onClose', () => jobs.stop());
  schedule('purge finished jobs', 24 * 60 * 60_000, () => jobs.purgeFinished());

  const auth = authService({ db, config, now });
  const apiKeys = apiKeysService({ db, now });
  const { cookieOptions } = registerAuthentication(app, auth, apiKeys, config);
  schedule('purge expired sessions', 60 * 60_000, () => auth.purgeExpired());
  const residentSessions = residentSessionsService({ db, now });
  const codes = lazyOneTimeCodes(async () =>
    config.secretKey ? Buffer.from(config.secretKey) : serverSecret(db, 'resident-codes'),
  );
  registerResidentAuthentication(app, residentSessions);

  registerAuthRoutes(app, auth, cookieOptions);
  registerRolesRoutes(app, rolesService({ db }));
  registerStaffRoutes(app, staffService({ db, passwordHashCost: config.passwordHashCost }));
  registerApiKeysRoutes(app, apiKeys);
  registerSmsRoutes(app, smsService({ db }));
  registerLegalEntitiesRoutes(app, legalEntitiesService({ db }));
  registerObjectsRoutes(app, objectsService({ db, storage, config }));
  registerBrandsRoutes(app, brandsService({ db, storage, config }));

  const tags = tagsService({ db });
  const accounts = accountsService({ db });
  const documents = documentsService({ db, storage });
  registerTagsRoutes(app, tags);
  const premises = premisesService({
    db,
    storage,
    tags,
    accounts,
    documents,
    listTotalCap: config.listTotalCap,
  });
  registerPremisesRoutes(app, premises);
  registerAccountsRoutes(app, accounts);
  registerDocumentsRoutes(app, documents, storage, config);
  registerLinksRoutes(app, linksService({ db }));
  registerMetersRoutes(app, metersService({ db, now }));

  const clients = clientsService({ db, tags, listTotalCap: config.listTotalCap });
  registerClientsRoutes(app, clients, externalIdsService({ db }));
  // M-1, M-2: SMS and push mailings to the clients of a list or a card, sent by a job at a rate.
  registerMailingsRoutes(app, mailingsService({ db, clients, premises, now, wake: () => void jobs.wake() }));
  jobs.register(MAILING_SEND_JOB, mailingDelivery({ db, rates: config.mailings }));
  const clientPhotos = clientPhotoService({ db, storage });
  registerClientPhotoRoutes(app, clientPhotos);
  const registrations = registrationsService({ db, clients, links: linksService({ db }) });
  const leads = leadsService({ db, clients });
  registerClientSessionsRoutes(app, clientSessionsService({ db, clients }));
  registerRegistrationsRoutes(app, registrations, leads);
  registerLeadsRoutes(app, leads);
  // Issue 13: requests to the УО (заявки) and their types.
  const serviceRequests = serviceRequestsService({ db, storage, maxUploadBytes: config.maxUploadBytes });
  registerServiceRequestsRoutes(app, serviceRequests, requestTypesService({ db }));
  registerSearchRoutes(app, searchService({ db }));
  registerResidentOrdersRoutes(
    app,
    residentOrdersService({ db, storage, maxUploadBytes: config.maxUploadBytes }),
  );
  // ACT-1..ACT-4: the «Активность» tab of premise and client cards.
  registerActivityRoutes(app, activityService({ db, now }));
  const organizations = organizationsService({ db, passwordHashCost: config.passwordHashCost });
  registerResidentAuthRoutes(
    app,
    residentAuthService({
      db,
      organizations,
      now,
      codes,
      codeResendSeconds: config.residentCodeResendSeconds,
      passwordHashCost: config.passwordHashCost,
    }),
    residentSessions,
  );
  registerResidentMeRoutes(app, residentMeService({ db, organizations }));
  registerResidentPremisesRoutes(app, residentPremisesService({ db, storage }));
  registerResidentMetersRoutes(app, residentMetersService({ db, now }));
  registerResidentProfileRoutes(
    app,
    residentProfileService({ db, storage, config, clients, photos: clientPhotos }),
  );
  registerResidentNotificationsRoutes(app, residentNotificationsService({ db, now }));
  registerPushRoutes(app, pushService({ db, config: config.push, keys: vapidKeys }));
  registerResidentPeopleRoutes(app, residentPeopleService({ db, storage, clients, now }));
  // APP-8: rent reminders, hourly (each once only: a dedupe key per link, due date and recipient).
  const clock = now ?? (() => new Date());
  schedule('rent reminders', 60 * 60_000, async () => {
    await sendRentReminders(db, clock());
  });
  // M-3: the monitor's aggregates — recent days on a timer, everything after the minimum version changed.
  jobs.register(MONITOR_RECOMPUTE_JOB, monitorRecompute({ db, now: clock }));
  schedule('monitor metrics', MONITOR_REFRESH_MS, () => refreshMonitor(db, clock()));
  registerMonitorRoutes(app, monitorService({ db, wake: () => void jobs.wake() }));
  registerIntegrationRoutes(app, db);
  registerIntegrationMetersRoutes(app, db, clock);
  registerIntegrationRequestsRoutes(app, db);
  registerIntegrationActivityRoutes(app, db);
  registerExportsRoutes(app, exportsService({ db, now, registrations, leads, serviceRequests }));
  registerTemplatesRoutes(app, templatesService());
  const worker = importWorker({ db, storage, log: app.log });
  const imports = importsService({ db, storage, worker });
  registerImportsRoutes(app, imports, storage, config);
  registerXmlFolderRoutes(app, xmlFolderService({ db, root: config.xmlFolderRoot, log: app.log }));
  // I-2: the watched folders are read on a timer (off with XML_FOLDER_POLL_SECONDS=0; tests scan by hand).
  const xmlFolders = xmlFolderPoller({
    db,
    storage,
    imports,
    worker,
    log: app.log,
    root: config.xmlFolderRoot,
    publicUrl: config.publicUrl,
  });
  app.decorate('xmlFolders', xmlFolders);
  if (config.xmlFolderPollSeconds > 0)
    schedule('xml folders', config.xmlFolderPollSeconds * 1000, () => xmlFolders.scanOnce());
  // Uploads wake the worker at once; the timer picks up what another process queued or what a
  // crashed one left.
  app.addHook('onReady', async () => {
    // A restarted server takes up at once what its previous run was reading or applying (a
    // failure here is the timer's to retry, not a reason not to start).
    await worker.recover().catch((error: unknown) => app.log.warn({ err: error }, 'import recovery'));
    void worker.wake();
  });
  schedule('import queue', 5_000, async () => {
    await worker.recover();
    await worker.wake();
  });
  app.addHook('onClose', () => worker.idle());

  if (!crmDir || !(await registerCrmApp(app, crmDir))) registerHomePage(app);
  if (residentAppDir) await registerResidentApp(app, residentAppDir);
  app.get('/api/health', { config: { public: true }, schema: { hide: true } }, async () => ({ ok: true }));
  return app;
}

export type DomovoyApp = Awaited<ReturnType<typeof buildApp>>;
