// T-3: the organisation's app installs under its brand: its manifest is the server's
// `/app/<slug>/manifest.webmanifest`, linked here (index.html is one file for every organisation).
import { appBasename } from './organization';

export function linkManifest(organization: string): void {
  let link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
  if (!link) {
    link = document.createElement('link');
    link.rel = 'manifest';
    document.head.append(link);
  }
  const href = `${appBasename(organization)}/manifest.webmanifest`;
  if (link.getAttribute('href') !== href) link.href = href;
}
