import { constants } from 'node:fs';
import { access, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { XmlFolder } from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { fieldError } from '../../platform/errors';
import * as repo from './xml-folder.repository';

const refuse = (code: string, message: string) => fieldError('VALIDATION_FAILED', 'path', message, code);

function view(row: repo.XmlFolderRow | undefined): XmlFolder {
  return { path: row?.path ?? null, updatedAt: row?.updatedAt.toISOString() ?? null };
}

/**
 * I-2: the folder on the server's disk whose XML files the organisation's imports are read from.
 * It must exist and let the server read, write (the `done/` and `failed/` folders, the reports) and
 * move files; it is stored as its real path (links resolved), one organisation per folder.
 */
async function checkedFolder(given: string, root: string | undefined): Promise<string> {
  if (!path.isAbsolute(given))
    throw refuse('PATH_NOT_ABSOLUTE', 'Укажите полный путь от корня, например /srv/domovoy/xml');
  let real: string;
  try {
    real = await realpath(given);
  } catch {
    throw refuse('PATH_NOT_FOUND', 'Такой папки на сервере нет');
  }
  if (!(await stat(real)).isDirectory()) throw refuse('PATH_NOT_DIRECTORY', 'Это файл, а не папка');
  try {
    await access(real, constants.R_OK | constants.W_OK | constants.X_OK);
  } catch {
    throw refuse(
      'PATH_NOT_ACCESSIBLE',
      'Сервер не может читать эту папку и записывать в неё: проверьте права',
    );
  }
  if (root) {
    const realRoot = await realpath(root).catch(() => path.resolve(root));
    if (real !== realRoot && !real.startsWith(realRoot + path.sep))
      throw refuse('PATH_OUTSIDE_ROOT', `Папка должна быть внутри ${realRoot}`);
  }
  return real;
}

export function xmlFolderService({ db, root }: { db: Db; root: string | undefined }) {
  return {
    async get(actor: Actor): Promise<XmlFolder> {
      assertCan(actor, 'settings.manage');
      return view(await repo.findFolder(db, actor.organizationId));
    },

    /** Connects the folder (null: disconnects it; files already read stay where they are). */
    async set(actor: Actor, given: string | null): Promise<XmlFolder> {
      assertCan(actor, 'settings.manage');
      if (given === null) {
        await repo.deleteFolder(db, actor.organizationId);
        return view(undefined);
      }
      const folder = await checkedFolder(given.trim(), root);
      const owner = await repo.findFolderByPath(db, folder);
      if (owner && owner.organizationId !== actor.organizationId)
        throw refuse(
          'PATH_TAKEN',
          'Эта папка уже подключена в другой организации: у каждой должна быть своя',
        );
      return view(await repo.saveFolder(db, actor.organizationId, folder, actor.staffId));
    },
  };
}

export type XmlFolderService = ReturnType<typeof xmlFolderService>;
