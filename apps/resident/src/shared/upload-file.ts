import { ApiError } from './api-client';
import { sessionToken } from './session';

/**
 * A file sent as multipart (field `file`) with the device session's token; the answer's JSON, or
 * an ApiError with the server's problem (openapi-fetch does not build multipart bodies).
 */
export async function uploadFile<T>(
  organization: string,
  url: string,
  method: 'POST' | 'PUT',
  file: Blob,
  fileName = 'photo.jpg',
): Promise<T> {
  const form = new FormData();
  form.append('file', file, fileName);
  const token = sessionToken(organization);
  const response = await fetch(url, {
    method,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: form,
  });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(
      body?.code
        ? body
        : { type: 'about:blank', title: 'Фото не загружено', status: response.status, code: 'BAD_REQUEST' },
    );
  }
  return body as T;
}
