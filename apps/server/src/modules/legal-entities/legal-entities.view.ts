import type { LegalEntity } from '@domovoy/contract';
import type { LegalEntityRow } from './legal-entities.repository';

export function mapLegalEntity(row: LegalEntityRow): LegalEntity {
  return {
    id: row.id,
    name: row.name,
    inn: row.inn,
    kpp: row.kpp,
    ogrn: row.ogrn,
    paymentUrlTemplate: row.paymentUrlTemplate,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
