import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../shared/api-client';
import { useApi, useOrganization } from '../../shared/app-context';
import type {
  NewPersonBody,
  PeopleAll,
  PeopleChoices,
  PersonCard,
  PersonLinkPatch,
  PersonPatch,
  PersonPremiseBody,
  PremisePeople,
} from './types';

// APP-6..APP-8: every query of «Люди» under one key, so that a change refreshes them all.
const peopleKey = (organization: string) => ['people', organization] as const;

/** APP-6 «Люди» of one of the resident's premises, grouped by role. */
export function usePremisePeople(premiseId: string | undefined) {
  const api = useApi();
  const organization = useOrganization();
  return useQuery({
    queryKey: [...peopleKey(organization), 'premise', premiseId],
    enabled: Boolean(premiseId),
    queryFn: (): Promise<PremisePeople> =>
      unwrap(api.GET('/api/resident/v1/people', { params: { query: { premiseId: premiseId ?? '' } } })),
  });
}

/** APP-6 «Все»: everyone sharing a premise with the resident, and the resident's guests. */
export function usePeopleAll() {
  const api = useApi();
  const organization = useOrganization();
  return useQuery({
    queryKey: [...peopleKey(organization), 'all'],
    queryFn: (): Promise<PeopleAll> => unwrap(api.GET('/api/resident/v1/people/all')),
  });
}

/** APP-8: the people the resident added before, the only ones they may pick again. */
export function usePeopleChoices() {
  const api = useApi();
  const organization = useOrganization();
  return useQuery({
    queryKey: [...peopleKey(organization), 'choices'],
    queryFn: (): Promise<PeopleChoices> => unwrap(api.GET('/api/resident/v1/people/choices')),
  });
}

/** APP-7: another user's card. */
export function usePerson(clientId: string | undefined) {
  const api = useApi();
  const organization = useOrganization();
  return useQuery({
    queryKey: [...peopleKey(organization), 'card', clientId],
    enabled: Boolean(clientId),
    queryFn: (): Promise<PersonCard> =>
      unwrap(
        api.GET('/api/resident/v1/people/{clientId}', { params: { path: { clientId: clientId ?? '' } } }),
      ),
  });
}

/**
 * After any change: the lists, the choices and the cards are all read again — all but the card
 * of a person just removed, which is left to go (asked for again, it would be a 404).
 */
function usePeopleChanged(removedClientId?: string) {
  const organization = useOrganization();
  const queryClient = useQueryClient();
  return () =>
    queryClient.invalidateQueries({
      queryKey: peopleKey(organization),
      predicate: ({ queryKey }) => !(queryKey[2] === 'card' && queryKey[3] === removedClientId),
    });
}

/** APP-8: a new person in a premise, or a guest. */
export function useAddPerson() {
  const api = useApi();
  const changed = usePeopleChanged();
  return useMutation({
    mutationFn: (body: NewPersonBody) => unwrap(api.POST('/api/resident/v1/people', { body })),
    onSuccess: changed,
  });
}

/** APP-8: a person added before (or seen in «Все») given a role in a premise, or made a guest. */
export function useAddToPremise(clientId: string) {
  const api = useApi();
  const changed = usePeopleChanged();
  return useMutation({
    mutationFn: (body: PersonPremiseBody) =>
      unwrap(
        api.POST('/api/resident/v1/people/{clientId}/premises', { params: { path: { clientId } }, body }),
      ),
    onSuccess: changed,
  });
}

/** APP-7: a link the resident added, with another role or rent date. */
export function useUpdateLink(clientId: string) {
  const api = useApi();
  const changed = usePeopleChanged();
  return useMutation({
    mutationFn: ({ premiseId, ...body }: PersonLinkPatch & { premiseId: string }) =>
      unwrap(
        api.PATCH('/api/resident/v1/people/{clientId}/premises/{premiseId}', {
          params: { path: { clientId, premiseId } },
          body,
        }),
      ),
    onSuccess: changed,
  });
}

/** APP-7 «Закрыть доступ»: a link the resident added. */
export function useRevokeLink(clientId: string) {
  const api = useApi();
  const changed = usePeopleChanged();
  return useMutation({
    mutationFn: (premiseId: string) =>
      unwrap(
        api.DELETE('/api/resident/v1/people/{clientId}/premises/{premiseId}', {
          params: { path: { clientId, premiseId } },
        }),
      ),
    onSuccess: changed,
  });
}

/** APP-7 «Удалить пользователя»: one the resident added. */
export function useDeletePerson(clientId: string) {
  const api = useApi();
  const changed = usePeopleChanged(clientId);
  return useMutation({
    mutationFn: () =>
      unwrap(api.DELETE('/api/resident/v1/people/{clientId}', { params: { path: { clientId } } })),
    onSuccess: changed,
  });
}

/** APP-7: the resident's guest edited. */
export function useUpdateGuest(clientId: string) {
  const api = useApi();
  const changed = usePeopleChanged();
  return useMutation({
    mutationFn: (body: PersonPatch) =>
      unwrap(api.PATCH('/api/resident/v1/people/{clientId}', { params: { path: { clientId } }, body })),
    onSuccess: changed,
  });
}
