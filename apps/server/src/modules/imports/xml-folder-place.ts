// I-2: where an organisation's watched folder is. The server chooses it — `<root>/<organisation
// id>/` — and no tenant types a path, so one organisation's folder can be neither another's, nor
// inside one, nor hold one (docs/decisions.md, «The XML folder is chosen by the server»).
import { lstat, mkdir, realpath } from 'node:fs/promises';
import path from 'node:path';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The folder as configured (what the CRM shows the 1C operator). */
export function folderOf(root: string, organizationId: string) {
  if (!UUID.test(organizationId)) throw new Error(`not an organisation id: ${organizationId}`);
  return path.join(root, organizationId);
}

/** Why the folder is not used; the server's log tells it, the tenant only hears it is unavailable. */
export class FolderRefused extends Error {}

/**
 * The organisation's folder, checked right before it is read or written: a real directory (not a
 * link) that is, with links in the root resolved, the root's direct child under the organisation's
 * own name. Anything swapped in its place — a link to another organisation's folder, to a parent of
 * it or outside the root — is refused. `create` makes it first (mode 0750; the root too).
 * Returns the real path, to be used for the reads and moves that follow.
 */
export async function checkedFolder(
  root: string,
  organizationId: string,
  { create }: { create: boolean },
): Promise<string> {
  const folder = folderOf(root, organizationId);
  try {
    if (create) await mkdir(folder, { recursive: true, mode: 0o750 });
    const info = await lstat(folder);
    if (info.isSymbolicLink()) throw new FolderRefused(`${folder} is a symbolic link`);
    if (!info.isDirectory()) throw new FolderRefused(`${folder} is not a directory`);
    const [realRoot, real] = await Promise.all([realpath(root), realpath(folder)]);
    if (real !== path.join(realRoot, organizationId))
      throw new FolderRefused(`${folder} resolves to ${real}, not inside ${realRoot}`);
    return real;
  } catch (error) {
    if (error instanceof FolderRefused) throw error;
    throw new FolderRefused(`${folder}: ${(error as Error).message}`);
  }
}
