import type { Writable } from 'node:stream';
import { type Actor, can } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import type { TemplateKind } from './columns';
import { templateFile, writeTemplate } from './template-xlsx';

export type TemplateDownload = {
  fileName: string;
  asciiFileName: string;
  write(out: Writable): Promise<void>;
};

export function templatesService() {
  return {
    /** I-3: any staff member who works with premises or clients may fill a template. */
    template(actor: Actor, kind: TemplateKind): TemplateDownload {
      if (!can(actor, 'premises.view') && !can(actor, 'clients.view')) throw new AppError('FORBIDDEN');
      return { ...templateFile(kind), write: (out) => writeTemplate(out, kind) };
    },
  };
}

export type TemplatesService = ReturnType<typeof templatesService>;
