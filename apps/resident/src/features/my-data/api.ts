import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../shared/api-client';
import { useApi, useOrganization } from '../../shared/app-context';
import { meQueryKey } from '../../shared/me';
import type { ResidentProfile, ResidentProfileBody } from '../../shared/resident-types';
import { uploadFile } from '../../shared/upload-file';

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
    mutationFn: (photo: Blob) =>
      uploadFile<ResidentProfile>(organization, '/api/resident/v1/me/photo', 'PUT', photo),
    onSuccess: saved,
  });
}
