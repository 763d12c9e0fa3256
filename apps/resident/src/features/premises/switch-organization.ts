// T-3 «единое приложение»: a premise of another organisation of the account opens that
// organisation's app (`/app/<slug>/`), its brand and its session — made from this one by
// POST /auth/switch when the device holds no live session there, so no new SMS code is asked.
import { ApiError, residentApi, unwrap } from '../../shared/api-client';
import { rememberBrandColor } from '../../shared/brand-color';
import { rememberPremise } from '../../shared/current-premise';
import { appBasename, rememberOrganization } from '../../shared/organization';
import type { ResidentListedPremise } from '../../shared/resident-types';
import { saveSession, sessionToken } from '../../shared/session';

/** Whether the device's session in the organisation still opens it (ended ones answer 401). */
async function liveSession(organization: string): Promise<boolean> {
  if (!sessionToken(organization)) return false;
  try {
    await unwrap(residentApi(organization).GET('/api/resident/v1/me/premises'));
    return true;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'RESIDENT_SESSION_REQUIRED') return false;
    throw error;
  }
}

/**
 * Switches the app to the premise of another organisation: a session there (the one this device
 * has, else a new one from this session), the premise remembered as that organisation's current
 * one, its brand colour remembered so the next screen opens in it, then its profile.
 */
export async function switchToPremise(
  from: string,
  to: string,
  premise: Pick<ResidentListedPremise, 'id' | 'brand'>,
): Promise<void> {
  if (!(await liveSession(to))) {
    const signIn = await unwrap(
      residentApi(from).POST('/api/resident/v1/auth/switch', { body: { organization: to } }),
    );
    saveSession(to, signIn.token);
  }
  rememberPremise(to, premise.id);
  rememberBrandColor(to, premise.brand.color);
  rememberOrganization(to);
  // A new router, query cache and brand for the other organisation: a page load, from the
  // service worker's shell.
  window.location.assign(`${appBasename(to)}/profile`);
}
