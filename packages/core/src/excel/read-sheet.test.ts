// F7: a 1.9 MB workbook (a ledger inflated to 30,000 rows) held the server for 7.5 s at 1.56 GB
// while exceljs built it whole, and maxRows was checked only afterwards. The zip is now measured
// before any parser sees it, and the parse runs in a worker thread.
import { describe, expect, it } from 'vitest';
import { LEDGER_SHEET } from '../tasks/excel/ledger-sheet.ts';
import { parseSheet } from './parse-sheet.ts';
import { buildErrorWorkbook, readSheet } from './read-sheet.ts';
import { ledgerWorkbook, workbookBomb } from './testing/oversized-workbooks.ts';
import { checkWorkbookZip } from './zip-limits.ts';

const limits = { maxUnpackedBytes: 48 * 1024 * 1024, maxEntries: 500, maxRows: 12_100, maxCells: 350_000 };

describe('workbook limits', () => {
  it('refuses a small file that unpacks to 400 MB from its central directory, bilingually', async () => {
    const bomb = await workbookBomb(400);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024); // the size of the F7 upload
    const read = await readSheet(bomb, LEDGER_SHEET);
    expect(read).toEqual({
      ok: false,
      refused: true,
      errors: [expect.objectContaining({ row: 0, message: expect.stringMatching(/^工作簿解压后约 400 MB，超过上限 48 MB/), messageEn: expect.stringMatching(/^The workbook unpacks to about 400 MB, over the limit of 48 MB/) })],
    });
    // Nothing else opens it either: no error report is built from it.
    expect(await buildErrorWorkbook(bomb, read.ok ? [] : read.errors, { sheetName: LEDGER_SHEET.sheetName, spec: LEDGER_SHEET })).toBeNull();
  });

  it('stops inflating a part whose directory entry understates its size', async () => {
    const liar = await workbookBomb(200, { lieAboutSize: true });
    const before = process.memoryUsage().rss;
    const check = await checkWorkbookZip(liar, limits);
    expect(check).toMatchObject({ ok: false, reason: 'not-zip' });
    // Bounded: the 200 MB never existed in memory (a generous margin over one inflate window).
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('refuses the F7 shape — a real ledger of 30,000 rows — by counting rows, before exceljs builds it', async () => {
    const file = await ledgerWorkbook(30_000);
    const check = await checkWorkbookZip(file, limits);
    expect(check).toEqual({ ok: false, reason: 'too-large', message: { zh: '工作表超过 12100 行，请分批导入', en: 'The worksheets have more than 12100 rows; import in parts' } });
    const read = await parseSheet(file, LEDGER_SHEET);
    expect(read).toMatchObject({ ok: false, refused: true, errors: [{ message: '工作表超过 12100 行，请分批导入' }] });
  });

  it('refuses a sheet of too many cells', async () => {
    const file = await ledgerWorkbook(2_000, { extraColumns: 200 });
    expect(await checkWorkbookZip(file, limits)).toMatchObject({ ok: false, reason: 'too-large', message: { zh: '工作表超过 350000 个单元格，请删除多余的列或分批导入' } });
  });

  it('still reads a legitimate ledger, and still says exactly how many rows are over maxRows', async () => {
    const ok = await readSheet(await ledgerWorkbook(2_000), LEDGER_SHEET);
    expect(ok.ok && ok.rows.length).toBe(2_000);
    expect(ok.ok && ok.rows[0]).toMatchObject({ row: 2, cells: { title: '第1项整改：河道清淤与垃圾清运', responsibleUnit: '青龙镇' } });
    const over = await readSheet(await ledgerWorkbook(10_500), LEDGER_SHEET);
    expect(over).toMatchObject({ ok: false, errors: [{ message: '数据行过多：共 10500 行，每次最多导入 10000 行，请分批导入' }] });
  });

  it('parses in a worker: the event loop keeps turning while a large workbook is read', async () => {
    const file = await ledgerWorkbook(10_000);
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 5);
    let ticksWhenDone = -1;
    const reading = readSheet(file, LEDGER_SHEET).then((r) => {
      ticksWhenDone = ticks;
      return r;
    });
    // A request arriving meanwhile (here: a timer) is served before the parse is over.
    const first = await Promise.race([reading.then(() => 'parse'), new Promise((resolve) => setTimeout(() => resolve('request'), 20))]);
    const read = await reading;
    clearInterval(ticker);
    expect(first).toBe('request');
    expect(read.ok && read.rows.length).toBe(10_000);
    expect(ticksWhenDone).toBeGreaterThan(10);
  });
});
