// I-3 tests: an upload through POST /api/imports, and waiting for the worker to finish with it.
import { expect } from 'vitest';
import type { Client } from './helpers';
import { multipart } from './multipart';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Polls the import until the worker has finished with it (a state, not a delay). */
export async function settled(staff: Client, id: string) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { body } = await staff.get(`/api/imports/${id}`);
    if (!['queued', 'parsing', 'applying'].includes(body.status)) return body;
    if (Date.now() > deadline) throw new Error(`import ${id} still ${body.status}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Uploads a file (202 expected) and waits for its preview. */
export async function uploadImport(
  staff: Client,
  fields: Record<string, string>,
  file: { name: string; data: Buffer; type?: string },
) {
  const response = await staff.request({
    method: 'POST',
    url: '/api/imports',
    ...multipart(fields, { name: file.name, type: file.type ?? XLSX, data: file.data }),
  });
  expect(response.status, JSON.stringify(response.body)).toBe(202);
  return settled(staff, response.body.id);
}

/**
 * Asks for the apply (202) and waits for the worker: the response then carries the import as the
 * worker left it («applied», or «ready» with `applyProblem`). A refusal (409…) is returned as it is.
 */
export async function applyImport(staff: Client, id: string, body: object = {}) {
  const response = await staff.post(`/api/imports/${id}/apply`, body);
  if (response.status !== 202) return response;
  expect(response.body.status).toBe('applying');
  return { ...response, body: await settled(staff, id) };
}
