import { useMutation, useQueryClient } from '@tanstack/react-query';
import { residentApi, unwrap } from '../../shared/api-client';
import { useApi, useOrganization } from '../../shared/app-context';
import { thisDevice } from '../../shared/device';
import { forgetCachedMe } from '../../shared/me-cache';
import { unsubscribePush } from '../../shared/push-unsubscribe';
import type { ResidentCodeResult, ResidentSignIn } from '../../shared/resident-types';
import { dropSession, saveSession, sessionOrganizations } from '../../shared/session';

/** POST /auth/code: an SMS code to the phone (E.164). */
export function useRequestCode() {
  const api = useApi();
  const organization = useOrganization();
  return useMutation({
    mutationFn: (phone: string): Promise<ResidentCodeResult> =>
      unwrap(api.POST('/api/resident/v1/auth/code', { body: { phone, organization } })),
  });
}

function useSignedIn() {
  const organization = useOrganization();
  return (result: ResidentSignIn) => saveSession(organization, result.token);
}

/** POST /auth/verify: the code opens a device session, kept on this device. */
export function useVerifyCode() {
  const api = useApi();
  const organization = useOrganization();
  const signedIn = useSignedIn();
  return useMutation({
    mutationFn: ({ phone, code }: { phone: string; code: string }) =>
      unwrap(
        api.POST('/api/resident/v1/auth/verify', {
          body: { phone, organization, code, device: thisDevice() },
        }),
      ),
    onSuccess: signedIn,
  });
}

/** POST /auth/login: phone and password open a device session. */
export function usePasswordLogin() {
  const api = useApi();
  const organization = useOrganization();
  const signedIn = useSignedIn();
  return useMutation({
    mutationFn: ({ phone, password }: { phone: string; password: string }) =>
      unwrap(
        api.POST('/api/resident/v1/auth/login', {
          body: { phone, organization, password, device: thisDevice() },
        }),
      ),
    onSuccess: signedIn,
  });
}

/** PUT /auth/password: set or change the password; other devices' sessions end. */
export function useSetPassword() {
  const api = useApi();
  const organization = useOrganization();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword?: string; newPassword: string }) =>
      unwrap(api.PUT('/api/resident/v1/auth/password', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['me', organization] }),
  });
}

/**
 * «Выйти»: POST /auth/logout with each session this device holds (one per УО the resident switched
 * to) and the browser's push subscription dropped, then forget them and the cached data of every УО (one cache holds them all) — also when the
 * server cannot be reached (offline «Выйти» still signs out here).
 */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await Promise.all([
        ...sessionOrganizations().map((organization) =>
          unwrap(residentApi(organization).POST('/api/resident/v1/auth/logout')).catch(() => undefined),
        ),
        // Issue 14: no more pushes to this device (the server drops its copy with the sessions).
        unsubscribePush().catch(() => undefined),
      ]);
    },
    onSettled: async () => {
      await forgetCachedMe();
      for (const organization of sessionOrganizations()) dropSession(organization);
      queryClient.clear();
    },
  });
}
