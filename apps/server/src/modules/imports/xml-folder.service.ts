import path from 'node:path';
import type { XmlFolder } from '@domovoy/contract';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import * as repo from './xml-folder.repository';
import { checkedFolder, FolderRefused, folderOf } from './xml-folder-place';

type Deps = { db: Db; root: string; log: FastifyBaseLogger };

/**
 * I-2: an organisation's watched folder of XML files. The server chooses it (`<root>/<organisation
 * id>/`); an administrator only switches it on or off and is told where it is, for the accounting
 * system's operators.
 */
export function xmlFolderService({ db, root, log }: Deps) {
  function view(organizationId: string, row: repo.XmlFolderRow | undefined): XmlFolder {
    const folder = folderOf(root, organizationId);
    return {
      enabled: row !== undefined,
      path: folder,
      donePath: path.join(folder, 'done'),
      failedPath: path.join(folder, 'failed'),
      updatedAt: row?.updatedAt.toISOString() ?? null,
    };
  }

  return {
    async get(actor: Actor): Promise<XmlFolder> {
      assertCan(actor, 'settings.manage');
      return view(actor.organizationId, await repo.findFolder(db, actor.organizationId));
    },

    /** Switches the folder on (made if missing) or off (files already there stay where they are). */
    async set(actor: Actor, enabled: boolean): Promise<XmlFolder> {
      assertCan(actor, 'settings.manage');
      const org = actor.organizationId;
      if (!enabled) {
        await repo.deleteFolder(db, org);
        return view(org, undefined);
      }
      try {
        await checkedFolder(root, org, { create: true });
      } catch (error) {
        if (!(error instanceof FolderRefused)) throw error;
        log.warn({ organizationId: org, reason: error.message }, 'xml folder refused');
        throw new AppError('XML_FOLDER_UNAVAILABLE');
      }
      return view(org, await repo.saveFolder(db, org, actor.staffId));
    },
  };
}

export type XmlFolderService = ReturnType<typeof xmlFolderService>;
