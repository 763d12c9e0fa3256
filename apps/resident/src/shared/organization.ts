// The app works inside one organisation at a time (T-3), named by its slug in the path:
// `/app/<slug>/…`. `/app/` opens the organisation last used on this device.

const LAST_KEY = 'domovoy.resident.organization';
const SLUG = /^[a-z0-9][a-z0-9_-]{0,39}$/i;

/** The slug in `/app/<slug>/…`, if the path has a well-formed one. */
export function organizationInPath(pathname: string): string | undefined {
  const slug = decodeURIComponent(pathname.split('/')[2] ?? '');
  return SLUG.test(slug) ? slug : undefined;
}

export function lastOrganization(): string | undefined {
  const slug = localStorage.getItem(LAST_KEY) ?? '';
  return SLUG.test(slug) ? slug : undefined;
}

export function rememberOrganization(slug: string): void {
  localStorage.setItem(LAST_KEY, slug);
}

export function isOrganizationSlug(text: string): boolean {
  return SLUG.test(text);
}

/** Where the app of an organisation starts. */
export const appBasename = (slug: string) => `/app/${encodeURIComponent(slug)}`;
