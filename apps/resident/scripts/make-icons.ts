// Draws the app's icons (a white house on the brand blue) into public/icons as PNG files; run
// once with `npx tsx apps/resident/scripts/make-icons.ts` after changing the drawing. The PNGs
// are committed, so a build needs no image tool.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

const BLUE = [22, 119, 255] as const;
const WHITE = [255, 255, 255] as const;

/** Whether a point (in 0..1 units of the icon) is on the house; `pad` shrinks it for maskable icons. */
function onHouse(x: number, y: number, pad: number): boolean {
  const s = (v: number) => (v - pad) / (1 - 2 * pad);
  const [u, v] = [s(x), s(y)];
  const roof = v >= 0.2 && v <= 0.5 && Math.abs(u - 0.5) <= (v - 0.2) * (0.32 / 0.3);
  const body = u >= 0.27 && u <= 0.73 && v >= 0.48 && v <= 0.8;
  const door = u >= 0.44 && u <= 0.56 && v >= 0.62 && v <= 0.8;
  return (roof || body) && !door;
}

function onBackground(x: number, y: number, rounded: boolean): boolean {
  if (!rounded) return true;
  const r = 0.2;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function draw(size: number, maskable: boolean): Buffer {
  const rows: Buffer[] = [];
  const samples = 4;
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let px = 0; px < size; px++) {
      let house = 0;
      let background = 0;
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (!onBackground(x, y, !maskable)) continue;
          background++;
          if (onHouse(x, y, maskable ? 0.1 : 0)) house++;
        }
      const n = samples * samples;
      const o = 1 + px * 4;
      for (let c = 0; c < 3; c++)
        row[o + c] = Math.round(
          ((BLUE[c] ?? 0) * (background - house) + (WHITE[c] ?? 0) * house) / Math.max(background, 1),
        );
      row[o + 3] = Math.round((255 * background) / n);
    }
    rows.push(row);
  }
  return png(size, Buffer.concat(rows));
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number, raw: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = fileURLToPath(new URL('../public/icons/', import.meta.url));
mkdirSync(out, { recursive: true });
for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['maskable-512.png', 512, true],
  ['apple-touch-icon.png', 180, true],
] as const) {
  writeFileSync(out + name, draw(size, maskable));
  console.log(`${name}: ${size}×${size}`);
}
