// Hostile files for the import's limits: workbooks zipped by hand, so that a part can repeat a piece
// millions of times without the test holding it whole, and a local header can lie about its size.
import { once } from 'node:events';
import { crc32, createDeflateRaw } from 'node:zlib';

export type ZipPart = {
  path: string;
  pieces: Iterable<string | Buffer>;
  /** The uncompressed size the headers declare, when it should not be the real one. */
  declaredSize?: number;
};

/** `piece` `times` times over, without building the whole. */
export function* repeat(piece: string, times: number): Generator<string> {
  for (let i = 0; i < times; i++) yield piece;
}

async function deflate(pieces: Iterable<string | Buffer>) {
  const stream = createDeflateRaw();
  const out: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => out.push(chunk));
  let crc = 0;
  let size = 0;
  for (const piece of pieces) {
    const bytes = Buffer.from(piece);
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (!stream.write(bytes)) await once(stream, 'drain');
  }
  stream.end();
  await once(stream, 'end');
  return { data: Buffer.concat(out), crc, size };
}

/** A zip of the parts, deflated, in the order given. */
export async function zip(parts: ZipPart[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const { data, crc, size } = await deflate(part.pieces);
    const name = Buffer.from(part.path);
    const sizes = (b: Buffer, at: number) => {
      b.writeUInt32LE(crc, at);
      b.writeUInt32LE(data.length, at + 4);
      b.writeUInt32LE(part.declaredSize ?? size, at + 8);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    sizes(local, 14);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0x21, 14);
    sizes(central, 16);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** An inline-string cell. */
export const textCell = (ref: string, text: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/**
 * The parts of a one-sheet workbook («Данные») around the sheet's rows (XML pieces of
 * `<sheetData>`) and, optionally, the shared strings' `<si>` pieces: the list of sheets first, as
 * Excel writes it, so the sheet streams without a temporary file.
 */
export function workbookParts(
  rows: Iterable<string>,
  sharedStrings?: Iterable<string>,
  extra: ZipPart[] = [],
): ZipPart[] {
  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
  return [
    {
      path: 'xl/workbook.xml',
      pieces: [
        `${xml}<workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><sheets><sheet name="Данные" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ],
    },
    {
      path: 'xl/_rels/workbook.xml.rels',
      pieces: [
        `${xml}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ],
    },
    ...extra,
    ...(sharedStrings
      ? [
          {
            path: 'xl/sharedStrings.xml',
            pieces: [`${xml}<sst xmlns="${MAIN}">`, ...sharedStrings, '</sst>'],
          },
        ]
      : []),
    {
      path: 'xl/worksheets/sheet1.xml',
      pieces: [`${xml}<worksheet xmlns="${MAIN}"><sheetData>`, ...rows, '</sheetData></worksheet>'],
    },
  ];
}
