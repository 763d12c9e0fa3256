// bench/results/<engine>-<N>.json, laid out the way `biome check .` (npm run lint) expects.
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
const biome = fileURLToPath(new URL('../node_modules/.bin/biome', import.meta.url));

/** Writes the figures and returns the file's path relative to the working directory. */
export async function writeResults(name: string, figures: unknown): Promise<string> {
  const file = path.join(resultsDir, `${name}.json`);
  let text = `${JSON.stringify(figures, null, 2)}\n`;
  try {
    text = execFileSync(biome, ['format', `--stdin-file-path=${file}`], {
      input: text,
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
    });
  } catch {
    // Without biome the file is still valid JSON, only not in the repository's layout.
  }
  await mkdir(resultsDir, { recursive: true });
  await writeFile(file, text);
  return path.relative(process.cwd(), file);
}
