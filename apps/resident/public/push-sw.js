// Issue 14: push messages in the resident app's service worker (vite.config.ts imports this file
// into the generated sw.js with workbox `importScripts`). The server sends
// { id, brand, title, body, url, icon } (server: modules/push/push-payload.ts): the organisation's
// brand name over the notification's title and text; a tap opens `url` inside the app, which marks
// the notification read.

/** Where a tap may lead: a page of the app on this origin, else the app's start. */
function pushTarget(url) {
  const start = new URL('/app/', self.location.origin);
  if (typeof url !== 'string') return start.href;
  try {
    const target = new URL(url, self.location.origin);
    return target.origin === start.origin && target.pathname.startsWith('/app/') ? target.href : start.href;
  } catch {
    return start.href;
  }
}

/** The tap's address: the target with `read=<notification>`, which the app marks read on opening. */
function tapUrl(url, id) {
  const target = new URL(pushTarget(url));
  if (typeof id === 'string' && id) target.searchParams.set('read', id);
  return target.href;
}

function pushMessage(data) {
  let message = {};
  try {
    message = data ? data.json() : {};
  } catch {
    message = { body: data ? data.text() : '' };
  }
  const lines = [message.title, message.body].filter((line) => typeof line === 'string' && line);
  return {
    title: typeof message.brand === 'string' && message.brand ? message.brand : 'Домовой',
    options: {
      body: lines.join('\n'),
      icon: typeof message.icon === 'string' ? message.icon : '/app/icons/icon-192.png',
      badge: '/app/icons/icon-192.png',
      lang: 'ru',
      // The same notification pushed again (a retry) replaces the shown one instead of doubling it.
      tag: typeof message.id === 'string' ? message.id : undefined,
      data: { url: tapUrl(message.url, message.id) },
    },
  };
}

self.addEventListener('push', (event) => {
  const { title, options } = pushMessage(event.data);
  event.waitUntil(self.registration.showNotification(title, options));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = pushTarget(event.notification.data?.url);
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const app = windows.find((client) => new URL(client.url).pathname.startsWith('/app/'));
      if (app) {
        await app.focus();
        // The open app goes to the screen (a full load of it: the app's router reads the path);
        // a window this worker does not control cannot be navigated: a new one opens there.
        if (app.url === url) return;
        try {
          await app.navigate(url);
        } catch {
          await self.clients.openWindow(url);
        }
        return;
      }
      await self.clients.openWindow(url);
    })(),
  );
});
