import { useQuery } from '@tanstack/react-query';
import { useOrganization } from './app-context';
import { sessionToken } from './session';

/**
 * A photo behind the device session (the resident's own, another person's) as an address an
 * <img> can show; each address is a version, fetched once.
 */
export function usePhotoSrc(photoUrl: string | null | undefined) {
  const organization = useOrganization();
  return useQuery({
    queryKey: ['photo', organization, photoUrl],
    enabled: Boolean(photoUrl),
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async () => {
      const token = sessionToken(organization);
      const response = await fetch(photoUrl ?? '', {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      if (!response.ok) throw new Error(`photo: ${response.status}`);
      return URL.createObjectURL(await response.blob());
    },
  });
}
