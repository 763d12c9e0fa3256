import type { App } from './http';

// Until the CRM web app (apps/crm) is served here, `/` tells a person where things are.
const PAGE = `<!doctype html>
<html lang="ru">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Домовой</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1f2937}
code{background:#f3f4f6;padding:.1rem .3rem;border-radius:.25rem}a{color:#2563eb}</style></head>
<body>
<h1>Домовой</h1>
<p>Сервер работает. Веб-интерфейс CRM для сотрудников ещё в разработке; пока доступен API.</p>
<ul>
<li><a href="/api/docs">Справочник API</a> — можно войти и выполнять запросы прямо со страницы
(<code>POST /api/auth/login</code>, затем кнопка «Authorize» с полученным токеном).</li>
<li><a href="/api/openapi.json">OpenAPI 3.1</a> — описание API для интеграций.</li>
</ul>
</body></html>`;

export function registerHomePage(app: App) {
  app.get('/', { config: { public: true }, schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(PAGE),
  );
}
