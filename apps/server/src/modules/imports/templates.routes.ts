import { PassThrough } from 'node:stream';
import { attachmentDisposition } from '../../platform/content-disposition';
import { type App, actorOf, problemResponses } from '../../platform/http';
import { XLSX_CONTENT_TYPE } from '../exports/xlsx-writer';
import { TEMPLATE_KINDS } from './columns';
import type { TemplatesService } from './templates.service';

const XlsxFile = {
  description: 'Шаблон Excel (.xlsx): лист «Данные» с заголовками и примерами, лист «Инструкция»',
  content: { [XLSX_CONTENT_TYPE]: { schema: { type: 'string', format: 'binary' } } },
} as const;

const SUMMARIES = {
  consolidated: 'Скачать сводный шаблон импорта: помещение, лицевой счёт, клиент и его роль в одной строке',
  premises: 'Скачать шаблон импорта помещений с лицевыми счетами',
} as const;

export function registerTemplatesRoutes(app: App, templates: TemplatesService) {
  for (const kind of TEMPLATE_KINDS) {
    app.get(
      `/api/imports/templates/${kind}.xlsx`,
      {
        schema: {
          tags: ['Импорт'],
          summary: SUMMARIES[kind],
          description:
            'I-3. Заголовки, три строки-примера и инструкция по каждой колонке. Нужен доступ к разделу «Помещения» или «Клиенты».',
          response: { 200: XlsxFile, ...problemResponses },
        },
      },
      async (request, reply) => {
        const file = templates.template(actorOf(request), kind);
        const out = new PassThrough();
        file.write(out).catch((error: unknown) => {
          request.log.error({ err: error }, 'template failed while streaming');
          out.destroy(error instanceof Error ? error : new Error(String(error)));
        });
        return reply
          .header('content-type', XLSX_CONTENT_TYPE)
          .header('content-disposition', attachmentDisposition(file.fileName, file.asciiFileName))
          .header('x-content-type-options', 'nosniff')
          .send(out);
      },
    );
  }
}
