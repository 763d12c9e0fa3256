// Prints the JS (and CSS) each first screen loads, gzipped, from the Vite manifest of the last
// build: the entry, the screen's chunk and everything they import statically. Two first screens:
// sign-in on a new device, the profile on a signed-in one. The target (issue 12) is ≤ 170 KB of
// gzipped JS for each. Run `npm run size -w apps/resident` after a build.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

type Chunk = { file: string; imports?: string[]; css?: string[]; isEntry?: boolean };

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const TARGET_KB = 170;
const FIRST_SCREENS = [
  { name: 'Sign-in screen', chunks: ['index.html', 'src/boot.ts', 'src/routes/SignInRoute.tsx'] },
  {
    name: 'Profile of a signed-in device',
    chunks: ['index.html', 'src/boot.ts', 'src/routes/ProfileRoute.tsx'],
  },
];

export function firstScreenFiles(
  manifest: Record<string, Chunk>,
  chunks: string[],
): { js: string[]; css: string[] } {
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || js.has(chunk.file)) return;
    js.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of chunks) visit(key);
  // The one style sheet of a build without CSS code splitting (vite.config.ts) comes with the entry.
  const sheet = manifest['style.css']?.file;
  if (sheet) css.add(sheet);
  return { js: [...js], css: [...css] };
}

const gzipKb = (file: string) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length / 1024;

const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8')) as Record<
  string,
  Chunk
>;
const sum = (files: string[]) => files.reduce((total, file) => total + gzipKb(file), 0);
for (const screen of FIRST_SCREENS) {
  const { js, css } = firstScreenFiles(manifest, screen.chunks);
  const rows = [...js, ...css].map((file) => ({ file, kb: gzipKb(file) })).sort((a, b) => b.kb - a.kb);
  for (const { file, kb } of rows) console.log(`${kb.toFixed(1).padStart(7)} KB  ${file}`);
  const jsKb = sum(js);
  console.log(
    `${screen.name}: ${jsKb.toFixed(1)} KB of JS gzipped (target ≤ ${TARGET_KB} KB), ${sum(css).toFixed(1)} KB of CSS\n`,
  );
  if (jsKb > TARGET_KB) process.exitCode = 1;
}
