import { XmlFolder, XmlFolderBody } from '@domovoy/contract';
import { type App, actorOf, problemResponses } from '../../platform/http';
import type { XmlFolderService } from './xml-folder.service';

const ABOUT = `I-2. Папку выбирает сервер: <XML_FOLDER_ROOT>/<id организации>/ (по умолчанию XML_FOLDER_ROOT —
<DATA_DIR>/xml); организация её только включает и выключает. Сервер читает из папки новые и изменённые файлы *.xml
(формат docs/xml/README.md) каждые несколько секунд. Файл без ошибок, который не удаляет собственников (I-5),
загружается сразу; файл, который удаляет, ждёт решения сотрудника в CRM (раздел «Загрузки»). Затем файл переносится
в done/ (загружен или ждёт решения) или failed/ (ошибки в файле или строках), рядом — отчёт <имя>.report.json и,
если есть ошибки в строках, <имя>.errors.xlsx. Ссылки (symlink) в папке и вместо неё сервер не читает.`;

export function registerXmlFolderRoutes(app: App, folders: XmlFolderService) {
  const tags = ['Импорт'];

  app.get(
    '/api/integration/xml-folder',
    {
      schema: {
        tags,
        summary: 'Папка XML-файлов организации (нужно право «Настройки»)',
        description: ABOUT,
        response: { 200: XmlFolder, ...problemResponses },
      },
    },
    async (request) => folders.get(actorOf(request)),
  );

  app.put(
    '/api/integration/xml-folder',
    {
      schema: {
        tags,
        summary: 'Включить или выключить папку XML-файлов (enabled)',
        description: `${ABOUT}\n\nВключение создаёт папку, если её нет; выключение оставляет файлы на месте.`,
        body: XmlFolderBody,
        response: { 200: XmlFolder, ...problemResponses },
      },
    },
    async (request) => folders.set(actorOf(request), request.body.enabled),
  );
}
