import { login } from '@duban/core';
import type { PrismaClient } from '@duban/db';
import ExcelJS from 'exceljs';
import { createContext } from '../src/create-context.ts';
import { appRouter } from '../src/root.ts';
import { TEST_PASSWORD, type TestApi } from '../src/testing/index.ts';
import { createCallerFactory } from '../src/trpc.ts';

type Cell = string | number | Date | null;

/** An .xlsx (base64, as the web sends it) with one sheet: a header row and data rows. */
export async function xlsxBase64(sheetName: string, rows: Cell[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

export async function readWorkbook(base64: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return workbook;
}

/** Cell values of a sheet, row by row (1-based rows become index 0 = header). */
export function sheetValues(sheet: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  sheet.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

type Event<R> = { type: 'progress'; phase: string; done: number; total: number } | { type: 'result'; result: R };

/** Reads a streamed import to its end: the progress events and the result. */
export async function drain<R>(stream: AsyncIterable<Event<R>> | Promise<AsyncIterable<Event<R>>>) {
  const progress: { phase: string; done: number; total: number }[] = [];
  let result: R | undefined;
  for await (const event of await stream) {
    if (event.type === 'progress') progress.push(event);
    else result = event.result;
  }
  if (result === undefined) throw new Error('the import stream ended without a result');
  return { progress, result };
}

/** A date `days` from now as the yyyy-mm-dd people type. */
export const dayText = (days: number) => new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * A caller signed in as `username` whose database client counts the statements it sends, so a
 * test can show that an import's queries do not grow with its rows.
 */
export async function countingCaller(api: TestApi, username: string) {
  let statements = 0;
  const counting = api.database.prisma.$extends({
    query: {
      async $allOperations({ args, query }) {
        statements++;
        return query(args);
      },
    },
  }) as unknown as PrismaClient;
  const services = { ...api.services, database: { ...api.database, prisma: counting } };
  const session = await api.database.prisma.$transaction((tx) => login(tx, api.services.sessionPolicy, { username, password: TEST_PASSWORD }));
  if (!session.ok) throw session.error;
  const caller = createCallerFactory(appRouter)(await createContext(services, { sessionToken: session.token, csrfHeader: session.session.csrfToken }));
  return { caller, statements: () => statements, reset: () => void (statements = 0) };
}
