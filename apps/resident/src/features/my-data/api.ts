import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, unwrap } from '../../shared/api-client';
import { useApi, useOrganization } from '../../shared/app-context';
import { meQueryKey } from '../../shared/me';
import type { ResidentProfile, ResidentProfileBody } from '../../shared/resident-types';
import { sessionToken } from '../../shared/session';

export const profileQueryKey = (organization: string) => ['profile', organization] as const;

/** APP-5 «Мои данные»: the card in this organisation, with the photo's address. */
export function useProfile(enabled: boolean) {
  const api = useApi();
  const organization = useOrganization();
  return useQuery({
    queryKey: profileQueryKey(organization),
    enabled,
    queryFn: (): Promise<ResidentProfile> => unwrap(api.GET('/api/resident/v1/me/profile')),
  });
}

function useProfileSaved() {
  const organization = useOrganization();
  const queryClient = useQueryClient();
  return (profile: ResidentProfile) => {
    queryClient.setQueryData(profileQueryKey(organization), profile);
    return queryClient.invalidateQueries({ queryKey: meQueryKey(organization) });
  };
}

/** PATCH /me/profile: name, birth date, e-mail (in every card of the account, T-3). */
export function useUpdateProfile() {
  const api = useApi();
  const saved = useProfileSaved();
  return useMutation({
    mutationFn: (body: ResidentProfileBody) => unwrap(api.PATCH('/api/resident/v1/me/profile', { body })),
    onSuccess: saved,
  });
}

/** PUT /me/photo (multipart, field `file`): the photo already made small on the device. */
export function useUploadPhoto() {
  const organization = useOrganization();
  const saved = useProfileSaved();
  return useMutation({
    mutationFn: async (photo: Blob): Promise<ResidentProfile> => {
      const form = new FormData();
      form.append('file', photo, 'photo.jpg');
      const token = sessionToken(organization);
      const response = await fetch('/api/resident/v1/me/photo', {
        method: 'PUT',
        headers: token ? { authorization: `Bearer ${token}` } : {},
        body: form,
      });
      const body = await response.json().catch(() => null);
      if (!response.ok) {
        throw new ApiError(
          body?.code
            ? body
            : {
                type: 'about:blank',
                title: 'Фото не загружено',
                status: response.status,
                code: 'BAD_REQUEST',
              },
        );
      }
      return body as ResidentProfile;
    },
    onSuccess: saved,
  });
}

/**
 * APP-5: a picture from the gallery or camera made at most `max` pixels on its longer side and
 * JPEG-encoded on the device, so a phone's 10 MB shot goes up as ~200 KB.
 */
export async function resizePhoto(file: Blob, max = 1024): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, max / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas 2d is unavailable');
  context.fillStyle = '#fff'; // a transparent PNG gets a white background in JPEG
  context.fillRect(0, 0, width, height);
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))), 'image/jpeg', 0.85),
  );
}
