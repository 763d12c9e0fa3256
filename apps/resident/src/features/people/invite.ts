import { appBasename } from '../../shared/organization';

/**
 * APP-7 «Пригласить в приложение»: the app's address in this organisation through the system's
 * share sheet (messengers, social networks); where the browser has none, the link is copied.
 */
export async function inviteToApp(
  organization: string,
  organizationName: string,
): Promise<'shared' | 'copied' | 'cancelled'> {
  const url = new URL(`${appBasename(organization)}/`, window.location.origin).toString();
  const text = `Приложение «${organizationName}»: заявки, оплата и новости дома`;
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title: organizationName, text, url });
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    }
  }
  await navigator.clipboard.writeText(url);
  return 'copied';
}
