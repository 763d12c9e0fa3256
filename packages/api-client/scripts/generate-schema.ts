import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

export const HEADER =
  "// Generated from the server's OpenAPI document by `npm run generate:api`. Do not edit.\n\n";

/** TypeScript types of the API (paths, components) from an OpenAPI 3.1 document. */
export async function generateSchemaSource(document: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS(document as unknown as OpenAPI3, { alphabetize: true });
  return HEADER + astToString(ast);
}
