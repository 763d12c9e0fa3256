import type { PremiseDocument } from '@domovoy/contract';
import type { DocumentRow } from './documents.repository';

export function mapDocument(row: DocumentRow): PremiseDocument {
  return {
    id: row.id,
    premiseId: row.premiseId,
    title: row.title,
    description: row.description,
    date: row.date,
    fileName: row.fileName,
    contentType: row.contentType,
    size: row.size,
    fileUrl: `/api/documents/${row.id}/file`,
    visibleToResidents: row.visibleToResidents,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const DOCUMENT_HISTORY_FIELDS = [
  'title',
  'description',
  'date',
  'fileName',
  'visibleToResidents',
] as const;
