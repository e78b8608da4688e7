import yauzl from 'yauzl';
import { bi, type Bilingual } from './row-error.ts';

/** What an uploaded workbook may unpack to, checked before any parser sees it. */
export interface WorkbookLimits {
  /** Sum of the unpacked sizes of every part of the zip. */
  maxUnpackedBytes: number;
  maxEntries: number;
  /** <row> elements over all worksheets (blank formatted rows count too). */
  maxRows: number;
  /** <c> elements over all worksheets. */
  maxCells: number;
}

export type ZipCheck = { ok: true } | { ok: false; reason: 'not-zip' | 'too-large'; message: Bilingual };

const MB = 1024 * 1024;

/**
 * Inspects an xlsx (a zip) without building it: first the central directory, which declares every
 * part's unpacked size — a small file that claims to unpack to gigabytes is refused here, before a
 * byte is inflated; then the parts themselves, inflated as a stream and thrown away, counting rows
 * and cells in the worksheets. yauzl stops an entry that inflates past its declared size, so a
 * directory that lies about sizes is caught too. Memory stays at one inflate window per entry.
 */
export async function checkWorkbookZip(bytes: Buffer, limits: WorkbookLimits): Promise<ZipCheck> {
  const tooLarge = (zh: string, en: string): ZipCheck => ({ ok: false, reason: 'too-large', message: bi(zh, en) });
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(bytes);
  } catch {
    return { ok: false, reason: 'not-zip', message: bi('文件无法读取，请上传 Excel 工作簿（.xlsx 格式；旧版 .xls 请先另存为 .xlsx）', 'The file cannot be read: upload an Excel workbook (.xlsx; save older .xls files as .xlsx first)') };
  }
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    return tooLarge(`工作簿结构异常（含 ${zip.entryCount} 个部件，上限 ${limits.maxEntries}），无法导入`, `The workbook has ${zip.entryCount} parts (at most ${limits.maxEntries}); it cannot be imported`);
  }
  let entries: yauzl.Entry[];
  try {
    entries = await listEntries(zip);
  } catch {
    return { ok: false, reason: 'not-zip', message: bi('文件已损坏，无法读取', 'The file is damaged and cannot be read') };
  }
  const unpacked = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (unpacked > limits.maxUnpackedBytes) {
    zip.close();
    return tooLarge(
      `工作簿解压后约 ${Math.round(unpacked / MB)} MB，超过上限 ${Math.floor(limits.maxUnpackedBytes / MB)} MB，请删除多余的内容或分批导入`,
      `The workbook unpacks to about ${Math.round(unpacked / MB)} MB, over the limit of ${Math.floor(limits.maxUnpackedBytes / MB)} MB; remove unneeded content or import in parts`,
    );
  }
  let rows = 0;
  let cells = 0;
  try {
    for (const entry of entries) {
      const sheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.fileName);
      await inflate(zip, entry, sheet ? (text) => {
        rows += count(text, /<row[\s>/]/g);
        cells += count(text, /<c[\s>/]/g);
        if (rows > limits.maxRows || cells > limits.maxCells) throw new LimitExceeded();
      } : null);
    }
  } catch (error) {
    if (error instanceof LimitExceeded) {
      return rows > limits.maxRows
        ? tooLarge(`工作表超过 ${limits.maxRows} 行，请分批导入`, `The worksheets have more than ${limits.maxRows} rows; import in parts`)
        : tooLarge(`工作表超过 ${limits.maxCells} 个单元格，请删除多余的列或分批导入`, `The worksheets have more than ${limits.maxCells} cells; remove unneeded columns or import in parts`);
    }
    return { ok: false, reason: 'not-zip', message: bi('文件已损坏，无法读取', 'The file is damaged and cannot be read') };
  } finally {
    zip.close();
  }
  return { ok: true };
}

class LimitExceeded extends Error {}

function count(text: string, pattern: RegExp): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text)) n++;
  return n;
}

function openZip(bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, zip) => (error || !zip ? reject(error ?? new Error('no zip')) : resolve(zip))),
  );
}

function listEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', reject);
    zip.readEntry();
  });
}

/** Inflates one entry, handing worksheet text to `scan` (tags split across chunks are rejoined). */
function inflate(zip: yauzl.ZipFile, entry: yauzl.Entry, scan: ((text: string) => void) | null): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(error ?? new Error('no stream'));
      let carry = '';
      stream.on('data', (chunk: Buffer) => {
        if (!scan) return;
        // Tags are ASCII: latin1 keeps byte offsets and never splits a character.
        const text = carry + chunk.toString('latin1');
        const cut = text.lastIndexOf('<');
        const whole = cut > text.length - 6 ? text.slice(0, cut) : text;
        carry = text.slice(whole.length);
        try {
          scan(whole);
        } catch (e) {
          stream.destroy();
          reject(e);
        }
      });
      stream.once('end', () => {
        try {
          if (scan && carry) scan(carry);
          resolve();
        } catch (e) {
          reject(e);
        }
      });
      stream.once('error', reject);
    });
  });
}
