import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { openApiDocument } from '../../../apps/server/src/openapi-document';
import { generateSchemaSource } from './generate-schema';

const target = fileURLToPath(new URL('../src/schema.d.ts', import.meta.url));
await writeFile(target, await generateSchemaSource(await openApiDocument()));
console.log(`Written ${target}`);
