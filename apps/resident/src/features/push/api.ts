import { type ResidentApi, unwrap } from '../../shared/api-client';
import { sessionToken } from '../../shared/session';
import { browserSubscription, type NotificationTypes, osPermission, storedTypes } from './push-device';

// Issue 14, S-3: what this device tells the server — its notification settings, and where it
// receives pushes. Each is sent again only when it changed for this session (kept per session).

const SENT_KEY = (organization: string) => `domovoy.resident.push-sent.${organization}`;

/** A short tag of the session, so that a new session (signed in again) reports everything again. */
const sessionTag = (organization: string) => (sessionToken(organization) ?? '').slice(-12);

function sent(organization: string): { settings?: string; endpoint?: string } {
  try {
    const saved = JSON.parse(localStorage.getItem(SENT_KEY(organization)) ?? '{}');
    return saved.session === sessionTag(organization) ? saved : {};
  } catch {
    return {};
  }
}

function remember(organization: string, value: { settings?: string; endpoint?: string }) {
  localStorage.setItem(
    SENT_KEY(organization),
    JSON.stringify({ ...sent(organization), ...value, session: sessionTag(organization) }),
  );
}

/** PUT /devices/current/notifications when the OS permission or a type changed since the last report. */
async function reportSettings(api: ResidentApi, organization: string, types: NotificationTypes) {
  const body = { osPermission: osPermission(), types };
  const settings = JSON.stringify(body);
  if (sent(organization).settings === settings) return;
  await unwrap(api.PUT('/api/resident/v1/devices/current/notifications', { body }));
  remember(organization, { settings });
}

/** The browser's subscription for the server's key, sent when its endpoint is new for this session. */
async function reportSubscription(api: ResidentApi, organization: string) {
  const { vapidPublicKey } = await unwrap(api.GET('/api/resident/v1/push-config'));
  // A browser without a push service (some builds, private windows) refuses: the in-app
  // notifications still come, and the settings were reported all the same.
  const subscription = await browserSubscription(vapidPublicKey).catch((error: unknown) => {
    console.warn('push subscription refused', error);
    return undefined;
  });
  if (!subscription) return;
  const json = subscription.toJSON();
  if (!json.endpoint || !json.keys?.p256dh || !json.keys.auth) return;
  if (sent(organization).endpoint === json.endpoint) return;
  await unwrap(
    api.PUT('/api/resident/v1/devices/current/push-subscription', {
      body: { endpoint: json.endpoint, keys: { p256dh: json.keys.p256dh, auth: json.keys.auth } },
    }),
  );
  remember(organization, { endpoint: json.endpoint });
}

/**
 * Brings the server up to date with this device: on each start of a signed-in app (the OS
 * permission may have been withdrawn in the phone's settings meanwhile) and after the resident
 * changes the settings. Push needs the permission and at least one type on.
 */
export async function syncPush(api: ResidentApi, organization: string): Promise<void> {
  const types = storedTypes(organization);
  await reportSettings(api, organization, types);
  if (osPermission() && Object.values(types).some(Boolean)) await reportSubscription(api, organization);
}
