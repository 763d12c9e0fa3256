import type { Writable } from 'node:stream';
import type {
  ClientExportQuery,
  LeadExportQuery,
  PremiseExportQuery,
  ReadingsExportQuery,
  RequestExportQuery,
  ServiceRequestExportQuery,
} from '@domovoy/contract';
import { IMPORT_KINDS } from '@domovoy/contract';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { exportClients } from '../clients/export-clients';
import type { LeadsService } from '../leads/leads.service';
import { exportReadings, READING_EXPORT_COLUMNS } from '../meters/export-readings';
import { exportPremises } from '../premises/export-premises';
import type { RegistrationsService } from '../registrations/registrations.service';
import type { ServiceRequestsService } from '../service-requests/service-requests.service';
import {
  CLIENT_EXPORT_COLUMNS,
  type ExportColumn,
  excelDateTime,
  LEAD_EXPORT_COLUMNS,
  PREMISE_EXPORT_COLUMNS,
  REQUEST_EXPORT_COLUMNS,
  SERVICE_REQUEST_EXPORT_COLUMNS,
} from './columns';
import { writeXlsx } from './xlsx-writer';

type Deps = {
  db: Db;
  now?: () => Date;
  registrations: Pick<RegistrationsService, 'exportPages'>;
  leads: Pick<LeadsService, 'exportPages'>;
  serviceRequests: Pick<ServiceRequestsService, 'exportPages'>;
};

/** Issue 15: which kind of import an export is loaded back as, on the file's «Инструкция» sheet. */
const loadBack = (kind: 'premises' | 'consolidated') =>
  `Этот файл можно загрузить обратно в Домовой: «Импорт» → «Загрузить файл», вид загрузки «${IMPORT_KINDS[kind]}».`;
const PREMISES_NOTES = [
  loadBack('premises'),
  'Помещения находятся по адресу и внешнему идентификатору; лицевые счета сверяются с юрлицом, выбранным при загрузке.',
  'Колонки «Объект» и «Клиенты (роль, доля, документы)» при загрузке не читаются: клиентов загружает сводный файл.',
];
const CLIENTS_NOTES = [
  loadBack('consolidated'),
  'Клиенты находятся по телефону или по внешнему идентификатору клиента. Читаются ФИО, телефон, e-mail, день рождения и тип клиента; остальные колонки при загрузке не читаются, привязки к помещениям не меняются.',
];

/** A file ready to stream: its names and the writer of its bytes. */
export type XlsxDownload = { fileName: string; asciiFileName: string; write(out: Writable): Promise<void> };

/** The pages, with the first already read: its errors come before the first byte of the file. */
async function started<Row>(pages: AsyncGenerator<Row[]>): Promise<AsyncGenerator<Row[]>> {
  const first = await pages.next();
  return (async function* () {
    if (first.done) return;
    yield first.value;
    yield* pages;
  })();
}

export function exportsService({ db, now = () => new Date(), registrations, leads, serviceRequests }: Deps) {
  /**
   * «Помещения 2026-11-27.xlsx», dated in the time the file's dates are written in. `rowMeaning`
   * (issue 17: «Одна строка — одно помещение») names the sheet and heads its printed pages.
   */
  async function download<Row>(
    title: string,
    asciiTitle: string,
    columns: readonly ExportColumn<Row>[],
    pages: AsyncGenerator<Row[]>,
    rowMeaning?: string,
    notes?: readonly string[],
  ): Promise<XlsxDownload> {
    const ready = await started(pages);
    const day = (excelDateTime(now()) as Date).toISOString().slice(0, 10);
    const sheetName = rowMeaning ?? title;
    const printHeader = rowMeaning && `${title}. ${rowMeaning}`;
    return {
      fileName: `${title} ${day}.xlsx`,
      asciiFileName: `${asciiTitle}-${day}.xlsx`,
      write: (out) => writeXlsx(out, sheetName, columns, ready, printHeader, notes),
    };
  }

  return {
    /** P-8: the filtered premises list, one row per premise. */
    async premises(actor: Actor, query: PremiseExportQuery): Promise<XlsxDownload> {
      const pages = await exportPremises(db, actor, query);
      return download(
        'Помещения',
        'premises',
        PREMISE_EXPORT_COLUMNS,
        pages,
        'Одна строка — одно помещение',
        PREMISES_NOTES,
      );
    },

    /** C-9: the filtered clients list, one row per client. */
    async clients(actor: Actor, query: ClientExportQuery): Promise<XlsxDownload> {
      const pages = await exportClients(db, actor, query);
      return download(
        'Клиенты',
        'clients',
        CLIENT_EXPORT_COLUMNS,
        pages,
        'Одна строка — один клиент',
        CLIENTS_NOTES,
      );
    },

    /** the filtered registration requests. */
    async registrationRequests(actor: Actor, query: RequestExportQuery): Promise<XlsxDownload> {
      const pages = registrations.exportPages(actor, query);
      return download('Заявки на регистрацию', 'registration-requests', REQUEST_EXPORT_COLUMNS, pages);
    },

    /** Issue 13: a month's meter readings, of one object or all, for the accounting system. */
    async meterReadings(actor: Actor, query: ReadingsExportQuery): Promise<XlsxDownload> {
      const pages = await exportReadings(db, actor, query);
      return download(
        `Показания ${query.period}`,
        `meter-readings-${query.period}`,
        READING_EXPORT_COLUMNS,
        pages,
      );
    },

    /** Issue 13: the filtered «Заявки». */
    async serviceRequests(actor: Actor, query: ServiceRequestExportQuery): Promise<XlsxDownload> {
      const pages = serviceRequests.exportPages(actor, query);
      return download('Заявки', 'service-requests', SERVICE_REQUEST_EXPORT_COLUMNS, pages);
    },

    /** the filtered unidentified leads. */
    async leads(actor: Actor, query: LeadExportQuery): Promise<XlsxDownload> {
      const pages = leads.exportPages(actor, query);
      return download('Неидентифицированные', 'leads', LEAD_EXPORT_COLUMNS, pages);
    },
  };
}

export type ExportsService = ReturnType<typeof exportsService>;
