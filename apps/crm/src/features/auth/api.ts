import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../shared/api-client';
import { meQueryKey } from '../../shared/session';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { login: string; password: string }) => unwrap(api.POST('/api/auth/login', { body })),
    onSuccess: (result) => {
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, result.me);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/auth/logout')),
    onSuccess: () => {
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}
