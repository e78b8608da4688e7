// Workbooks that try to exhaust an importer (F7), for tests and bench/: a zip whose parts unpack
// to far more than the file's size, one whose central directory lies about it, and real sheets of
// many rows or many cells.
import { PassThrough } from 'node:stream';
import { createDeflateRaw, crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';

interface ZipPart {
  name: string;
  /** Bytes of the part, deflated as they stream (so a huge part never sits in memory). */
  chunks: () => Iterable<Buffer>;
  /** What the central directory claims (default: the truth). */
  declaredSize?: number;
}

async function deflate(part: ZipPart): Promise<{ data: Buffer; crc: number; size: number }> {
  const deflater = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflater.on('data', (b: Buffer) => out.push(b));
  const done = new Promise((resolve) => deflater.on('end', resolve));
  let crc = 0;
  let size = 0;
  for (const chunk of part.chunks()) {
    crc = crc32(chunk, crc);
    size += chunk.length;
    if (!deflater.write(chunk)) await new Promise((r) => deflater.once('drain', r));
  }
  deflater.end();
  await done;
  return { data: Buffer.concat(out), crc, size };
}

/** A minimal zip writer (deflate, no zip64): enough to hand-craft what Excel would never write. */
export async function writeZip(parts: ZipPart[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const { data, crc, size } = await deflate(part);
    const declared = part.declaredSize ?? size;
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc >>> 0, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(declared, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += local.length + name.length + data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

function* repeat(chunk: Buffer, totalBytes: number): Iterable<Buffer> {
  for (let n = 0; n < totalBytes; n += chunk.length) yield chunk;
}

const MB = 1024 * 1024;

/** An xlsx-shaped zip whose one worksheet unpacks to `unpackedMb` of blank rows; the file is ~1/1000 of that. */
export function workbookBomb(unpackedMb: number, options: { lieAboutSize?: boolean } = {}): Promise<Buffer> {
  const row = Buffer.from('<row r="2"><c r="A2" t="s"><v>0</v></c></row>'.repeat(24_000).slice(0, MB));
  return writeZip([
    { name: '[Content_Types].xml', chunks: () => [Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')] },
    { name: 'xl/worksheets/sheet1.xml', chunks: () => repeat(row, unpackedMb * MB), declaredSize: options.lieAboutSize ? 4096 : undefined },
  ]);
}

/** A real ledger-shaped workbook of `rows` data rows (exceljs's streaming writer, as Excel would save it). */
export async function ledgerWorkbook(rows: number, options: { sheetName?: string; extraColumns?: number } = {}): Promise<Buffer> {
  const sink = new PassThrough();
  const parts: Buffer[] = [];
  sink.on('data', (b: Buffer) => parts.push(b));
  const done = new Promise((resolve) => sink.on('end', resolve));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: false });
  const sheet = workbook.addWorksheet(options.sheetName ?? '督办台账');
  const extra = Array.from({ length: options.extraColumns ?? 0 }, (_, i) => `备注${i + 1}`);
  sheet.addRow(['类别', '事项', '责任单位', '督办单位', '协办单位', '办理期限', '责任人', '问题描述', ...extra]).commit();
  for (let i = 0; i < rows; i++) {
    sheet.addRow(['整改事项', `第${i + 1}项整改：河道清淤与垃圾清运`, '青龙镇', '水利局', '金凤镇', '2030-06-30', '', '群众反映的问题，需按期整改到位', ...extra.map(() => 'x')]).commit();
  }
  sheet.commit();
  await workbook.commit();
  await done;
  return Buffer.concat(parts);
}
