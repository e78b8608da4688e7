// Counts the SQL statements a piece of work sends, for tests that pin round trips per request
// (createTestApi({ onStatement: counter.observe })). Counting, not timing: deterministic.
export interface StatementCounter {
  observe: (sql: string) => void;
  /** Runs `work` and returns what it sent, in order. */
  during<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }>;
}

export function statementCounter(): StatementCounter {
  let current: string[] | null = null;
  return {
    observe: (sql) => void current?.push(sql.replace(/\s+/g, ' ').trim()),
    async during(work) {
      const statements: string[] = [];
      current = statements;
      try {
        return { result: await work(), statements };
      } finally {
        current = null;
      }
    },
  };
}
