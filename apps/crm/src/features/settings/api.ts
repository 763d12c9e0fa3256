import type { ApiKeyBody, LegalEntityBody, ObjectBody, OrganizationBrandBody } from '@domovoy/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../shared/api-client';

// Reads come from shared/lookups (forms of other sections choose from the same lists).

function useInvalidateSettings() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['lookups'] });
}

export function useSaveLegalEntity() {
  const onSuccess = useInvalidateSettings();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: LegalEntityBody }) =>
      id
        ? unwrap(api.PATCH('/api/legal-entities/{id}', { params: { path: { id } }, body }))
        : unwrap(api.POST('/api/legal-entities', { body })),
    onSuccess,
  });
}

export function useDeleteLegalEntity() {
  const onSuccess = useInvalidateSettings();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/legal-entities/{id}', { params: { path: { id } } })),
    onSuccess,
  });
}

export function useSaveObject() {
  const onSuccess = useInvalidateSettings();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: ObjectBody }) =>
      id
        ? unwrap(api.PATCH('/api/objects/{id}', { params: { path: { id } }, body }))
        : unwrap(api.POST('/api/objects', { body })),
    onSuccess,
  });
}

export function useDeleteObject() {
  const onSuccess = useInvalidateSettings();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/objects/{id}', { params: { path: { id } } })),
    onSuccess,
  });
}

export type NamedKind = 'object-groups' | 'quarters';

export function useSaveNamed(kind: NamedKind) {
  const onSuccess = useInvalidateSettings();
  return useMutation({
    mutationFn: ({ id, name }: { id?: string; name: string }) => {
      const body = { name };
      if (kind === 'object-groups')
        return id
          ? unwrap(api.PATCH('/api/object-groups/{id}', { params: { path: { id } }, body }))
          : unwrap(api.POST('/api/object-groups', { body }));
      return id
        ? unwrap(api.PATCH('/api/quarters/{id}', { params: { path: { id } }, body }))
        : unwrap(api.POST('/api/quarters', { body }));
    },
    onSuccess,
  });
}

export function useDeleteNamed(kind: NamedKind) {
  const onSuccess = useInvalidateSettings();
  return useMutation({
    mutationFn: (id: string) =>
      kind === 'object-groups'
        ? unwrap(api.DELETE('/api/object-groups/{id}', { params: { path: { id } } }))
        : unwrap(api.DELETE('/api/quarters/{id}', { params: { path: { id } } })),
    onSuccess,
  });
}

export function useApiKeys(enabled: boolean) {
  return useQuery({ queryKey: ['api-keys'], queryFn: () => unwrap(api.GET('/api/api-keys')), enabled });
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiKeyBody) => unwrap(api.POST('/api/api-keys', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['api-keys'] }),
  });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/api-keys/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['api-keys'] }),
  });
}

const xmlFolderKey = ['xml-folder'] as const;

export function useXmlFolder(enabled: boolean) {
  return useQuery({
    queryKey: xmlFolderKey,
    queryFn: () => unwrap(api.GET('/api/integration/xml-folder')),
    enabled,
  });
}

/** I-2: switches the watched folder on or off (the server chooses the folder). */
export function useSaveXmlFolder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (enabled: boolean) => unwrap(api.PUT('/api/integration/xml-folder', { body: { enabled } })),
    onSuccess: (folder) => queryClient.setQueryData(xmlFolderKey, folder),
  });
}

const brandKey = ['brand'] as const;

/** T-3: the organisation's brand in the resident app and its products (every staff member reads it). */
export function useBrand() {
  return useQuery({ queryKey: brandKey, queryFn: () => unwrap(api.GET('/api/settings/brand')) });
}

export function useSaveBrand() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganizationBrandBody) => unwrap(api.PUT('/api/settings/brand', { body })),
    onSuccess: (brand) => queryClient.setQueryData(brandKey, brand),
  });
}

/** An image as multipart/form-data, which the route's OpenAPI schema does not describe. */
function imageForm(file: File) {
  const form = new FormData();
  form.append('file', file);
  return { body: form as never, bodySerializer: (body: unknown) => body as FormData };
}

export function useUploadBrandLogo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => unwrap(api.PUT('/api/settings/brand/logo', imageForm(file))),
    onSuccess: (brand) => queryClient.setQueryData(brandKey, brand),
  });
}

export function useDeleteBrandLogo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/settings/brand/logo')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: brandKey }),
  });
}

/** T-3: an object's own logo in the resident app. */
export function useObjectBrandLogo() {
  const onSuccess = useInvalidateSettings();
  return useMutation({
    mutationFn: ({ id, file }: { id: string; file: File | null }) =>
      file
        ? unwrap(api.PUT('/api/objects/{id}/brand-logo', { params: { path: { id } }, ...imageForm(file) }))
        : unwrap(api.DELETE('/api/objects/{id}/brand-logo', { params: { path: { id } } })),
    onSuccess,
  });
}
