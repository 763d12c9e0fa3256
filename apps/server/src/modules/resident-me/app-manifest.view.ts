import type { ResidentBrandedOrganization } from '@domovoy/contract';

const ICONS = [
  { src: '/app/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
  { src: '/app/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
  { src: '/app/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
];

/**
 * T-3: the web app manifest of an organisation's app — installed from `/app/<slug>/`, it is named
 * and coloured by the organisation's brand and starts there. The scope is the whole `/app/`, so
 * that a switch to another organisation of the resident stays inside the installed app; the icon
 * is the platform's (the seed: the brand changes, the app's icon stays).
 */
export function mapAppManifest(organization: ResidentBrandedOrganization) {
  const start = `/app/${encodeURIComponent(organization.slug)}/`;
  return {
    id: start,
    name: organization.brand.name,
    short_name: organization.brand.name,
    description: 'Помещения, заявки и данные жителя дома',
    lang: 'ru',
    start_url: start,
    scope: '/app/',
    display: 'standalone',
    orientation: 'portrait',
    background_color: '#ffffff',
    theme_color: organization.brand.color,
    icons: ICONS,
  };
}
