// Query-count assertions: how many SQL statements a piece of work sends (the test database's
// driver adapter counts them; db/testing/isolation.ts). Works alike on PGlite and PostgreSQL.
import type { TestDatabase } from '@duban/db/testing';

export async function countStatements<T>(database: TestDatabase, work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const before = database.isolation.statements;
  const result = await work();
  return { result, statements: database.isolation.statements - before };
}

/** Runs `work` and fails if it sent more than `atMost` statements (an N+1 shows up as a count that grows with rows). */
export async function expectStatements<T>(database: TestDatabase, work: () => Promise<T>, limit: { atMost: number }): Promise<T> {
  const { result, statements } = await countStatements(database, work);
  if (statements > limit.atMost) throw new Error(`expected at most ${limit.atMost} SQL statements, the call sent ${statements}`);
  return result;
}
