// Issue 14: the service worker's push handlers (public/push-sw.js, imported into sw.js), run in a
// sandbox standing for the worker's global scope.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

const source = readFileSync(new URL('../../public/push-sw.js', import.meta.url), 'utf8');

type Listener = (event: Record<string, unknown>) => void;
type Window = { url: string; focus: () => Promise<void>; navigate: (url: string) => Promise<void> };

function worker(windows: Window[] = []) {
  const listeners = new Map<string, Listener>();
  const shown: { title: string; options: Record<string, unknown> }[] = [];
  const opened: string[] = [];
  const self = {
    location: new URL('https://uk.example/app/sw.js'),
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
    registration: {
      showNotification: async (title: string, options: Record<string, unknown>) =>
        void shown.push({ title, options }),
    },
    clients: {
      matchAll: async () => windows,
      openWindow: async (url: string) => void opened.push(url),
    },
  };
  runInNewContext(source, { self, URL });
  async function dispatch(type: string, event: Record<string, unknown>) {
    let done: Promise<unknown> = Promise.resolve();
    listeners.get(type)?.({ ...event, waitUntil: (p: Promise<unknown>) => (done = p) });
    await done;
  }
  return { shown, opened, dispatch };
}

const payload = (message: unknown) => ({ json: () => message, text: () => JSON.stringify(message) });

describe('service worker: push', () => {
  it('shows the brand over the title and text, with the brand’s icon; the tag is the notification', async () => {
    const sw = worker();
    await sw.dispatch('push', {
      data: payload({
        id: 'n-1',
        brand: 'УК «Домовой»',
        title: 'Заявка № 12: в работе',
        body: 'Мастер придёт завтра',
        url: '/app/domovoy/orders/r-1',
        icon: '/api/resident/v1/brand-logos/o/l.png',
      }),
    });
    expect(sw.shown).toEqual([
      {
        title: 'УК «Домовой»',
        options: {
          body: 'Заявка № 12: в работе\nМастер придёт завтра',
          icon: '/api/resident/v1/brand-logos/o/l.png',
          badge: '/app/icons/icon-192.png',
          lang: 'ru',
          tag: 'n-1',
          data: { url: 'https://uk.example/app/domovoy/orders/r-1?read=n-1' },
        },
      },
    ]);
  });

  it('a message that is not JSON, or leads out of the app, still shows and opens the app', async () => {
    const sw = worker();
    await sw.dispatch('push', { data: { json: () => JSON.parse('не json'), text: () => 'Просто текст' } });
    await sw.dispatch('push', { data: payload({ brand: 'УК', url: 'https://evil.example/app/x' }) });
    expect(sw.shown.map((n) => [n.title, n.options.body, (n.options.data as { url: string }).url])).toEqual([
      ['Домовой', 'Просто текст', 'https://uk.example/app/'],
      ['УК', '', 'https://uk.example/app/'],
    ]);
  });
});

describe('service worker: a tap on the notification', () => {
  const tap = (url: string) => {
    const closed: boolean[] = [];
    return { closed, event: { notification: { data: { url }, close: () => closed.push(true) } } };
  };

  it('opens the app at the link when it is not open', async () => {
    const sw = worker();
    const { closed, event } = tap('https://uk.example/app/domovoy/people?premise=p-1');
    await sw.dispatch('notificationclick', event);
    expect(closed).toEqual([true]);
    expect(sw.opened).toEqual(['https://uk.example/app/domovoy/people?premise=p-1']);
  });

  it('focuses the open app and takes it to the link', async () => {
    const calls: string[] = [];
    const open: Window = {
      url: 'https://uk.example/app/domovoy/profile',
      focus: async () => void calls.push('focus'),
      navigate: async (url) => void calls.push(`navigate ${url}`),
    };
    const sw = worker([open]);
    await sw.dispatch('notificationclick', tap('https://uk.example/app/domovoy/orders/r-1').event);
    expect(calls).toEqual(['focus', 'navigate https://uk.example/app/domovoy/orders/r-1']);
    expect(sw.opened).toEqual([]);
  });

  it('opens a window at the link when the open one cannot be navigated (not controlled by the worker)', async () => {
    const open: Window = {
      url: 'https://uk.example/app/domovoy/profile',
      focus: async () => undefined,
      navigate: () => Promise.reject(new TypeError('not controlled')),
    };
    const sw = worker([open]);
    await sw.dispatch('notificationclick', tap('https://uk.example/app/domovoy/orders/r-1').event);
    expect(sw.opened).toEqual(['https://uk.example/app/domovoy/orders/r-1']);
  });
});
