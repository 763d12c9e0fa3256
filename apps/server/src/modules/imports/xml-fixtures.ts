// Test helpers of the XML import tests: the documented example with a test's ids, a file of
// one's own, and an upload through the front door that waits until the worker has read it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Client } from '../../../test/helpers';
import { uploadImport } from '../../../test/imports';

const EXAMPLE = readFileSync(
  fileURLToPath(new URL('../../../../../docs/xml/example.xml', import.meta.url)),
  'utf8',
);

export type XmlIds = { objectId: string; legalEntityId: string };

/** docs/xml/example.xml with the test's object and legal entity instead of the documented ids. */
export function exampleXml({ objectId, legalEntityId }: XmlIds): string {
  return EXAMPLE.replace('00000000-0000-4000-8000-000000000001', objectId).replace(
    '00000000-0000-4000-8000-000000000002',
    legalEntityId,
  );
}

/** A file of clients and premises (the XML given as the bodies of <clients> and <premises>). */
export function xmlFile(ids: XmlIds, parts: { clients?: string; premises?: string; source?: string }) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<import xmlns="urn:domovoy:import:1" version="1" source="${parts.source ?? '1С'}">
  <clients>
${parts.clients ?? ''}
  </clients>
  <premises objectId="${ids.objectId}" legalEntityId="${ids.legalEntityId}">
${parts.premises ?? ''}
  </premises>
</import>
`;
}

/** Uploads an XML file (kind xml, no object or legal entity) and waits for its preview. */
export function uploadXml(staff: Client, xml: string | Buffer, name = 'import.xml') {
  return uploadImport(staff, { kind: 'xml' }, { name, type: 'application/xml', data: Buffer.from(xml) });
}
