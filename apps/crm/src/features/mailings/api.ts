import type {
  Mailing,
  MailingBody,
  MailingListItem,
  MailingListQuery,
  MailingPreviewBody,
  MailingRecipientQuery,
} from '@domovoy/contract';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../shared/api-client';
import { useCan, useMe } from '../../shared/session';

export const mailingKeys = {
  all: ['mailings'] as const,
  list: (query: MailingListQuery) => ['mailings', 'list', query] as const,
  one: (id: string) => ['mailings', 'one', id] as const,
  recipients: (id: string, query: MailingRecipientQuery) => ['mailings', 'recipients', id, query] as const,
};

/** While a mailing is being sent, its progress is asked for again every two seconds (M-2). */
const POLL_MS = 2000;

/** Sending, or scheduled for a time already come: the job is about to take it or is at work. */
export function isInProgress(mailing: Pick<MailingListItem, 'status' | 'sendAt'>, now = Date.now()) {
  return (
    mailing.status === 'sending' || (mailing.status === 'scheduled' && Date.parse(mailing.sendAt) <= now)
  );
}

export function useMailings(query: MailingListQuery, enabled = true) {
  return useQuery({
    queryKey: mailingKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/mailings', { params: { query } })),
    placeholderData: keepPreviousData,
    enabled,
    refetchInterval: (q) => (q.state.data?.items.some((m) => isInProgress(m)) ? POLL_MS : false),
  });
}

export function useMailing(id: string) {
  return useQuery({
    queryKey: mailingKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/mailings/{id}', { params: { path: { id } } })),
    refetchInterval: (q) => (q.state.data && isInProgress(q.state.data) ? POLL_MS : false),
  });
}

/**
 * The recipients' page follows its mailing: read again whenever the mailing's status or counts
 * change (the mailing itself is asked for while it is sent), so the last change is shown too.
 */
export function useMailingRecipients(mailing: Mailing, query: MailingRecipientQuery) {
  return useQuery({
    queryKey: [...mailingKeys.recipients(mailing.id, query), mailing.status, mailing.counts],
    queryFn: () =>
      unwrap(api.GET('/api/mailings/{id}/recipients', { params: { path: { id: mailing.id }, query } })),
    placeholderData: keepPreviousData,
  });
}

/** M-1: before sending — how many it goes to and who of them cannot receive it. */
export function usePreviewMailing() {
  return useMutation({
    mutationFn: (body: MailingPreviewBody) => unwrap(api.POST('/api/mailings/preview', { body })),
  });
}

export function useCreateMailing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MailingBody) => unwrap(api.POST('/api/mailings', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mailingKeys.all }),
  });
}

export function useCancelMailing(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/mailings/{id}/cancel', { params: { path: { id } } })),
    onSuccess: (mailing) => {
      queryClient.setQueryData(mailingKeys.one(id), mailing);
      return queryClient.invalidateQueries({ queryKey: mailingKeys.all });
    },
  });
}

type StaffOption = { value: string; label: string };

/**
 * Whom the «Инициатор» filter offers: the organisation's staff as far as this role may list them
 * (the staff section, or the assignees of requests), and always the current user.
 */
export function useInitiatorOptions(): { options: StaffOption[]; loading: boolean } {
  const can = useCan();
  const me = useMe();
  const staff = useQuery({
    queryKey: ['staff', 'initiators'],
    queryFn: () => unwrap(api.GET('/api/staff', { params: { query: { pageSize: 200 } } })),
    enabled: can('staff.manage'),
    staleTime: 60_000,
  });
  const assignees = useQuery({
    queryKey: ['service-requests', 'assignees'],
    queryFn: () => unwrap(api.GET('/api/service-requests/assignees')),
    enabled: !can('staff.manage') && can('requests.view'),
    staleTime: 60_000,
  });
  const listed: StaffOption[] =
    staff.data?.items.map((s) => ({ value: s.id, label: s.fullName })) ??
    assignees.data?.map((s) => ({ value: s.id, label: s.name })) ??
    [];
  const self = me.data?.staff;
  const options =
    self && !listed.some((o) => o.value === self.id)
      ? [{ value: self.id, label: self.fullName }, ...listed]
      : listed;
  return { options, loading: staff.isFetching || assignees.isFetching };
}
