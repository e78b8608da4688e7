// A driver adapter for tests that (1) counts the SQL statements the app sends and (2) can run any
// stretch of work inside one outer transaction that is rolled back afterwards, so a test builds
// its world once and every call starts from it again (the access matrix: thousands of calls,
// each on the pristine world).
//
// Inside such a stretch every query goes through the one connection that holds the outer
// transaction (PGlite has one anyway; on PostgreSQL the pool would otherwise hand out others):
// - a Prisma transaction becomes a SAVEPOINT, its commit a RELEASE, its rollback a ROLLBACK TO;
//   the base procedure's `$transaction` keeps its all-or-nothing meaning;
// - a statement outside a Prisma transaction runs in its own savepoint, so a failing one (a unique
//   violation the app expects) does not abort the outer transaction, as autocommit would not.
// Isolation levels are ignored inside a stretch (they cannot be set on a savepoint).
import type {
  IsolationLevel, SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, SqlResultSet, Transaction,
} from '@prisma/driver-adapter-utils';

export interface IsolationControl {
  /** Runs `work` in an outer transaction and rolls everything it wrote back. Not re-entrant. */
  rolledBack<T>(work: () => Promise<T>): Promise<T>;
  /** SQL statements the app sent so far (bookkeeping savepoints excluded). */
  readonly statements: number;
}

const raw = (sql: string): SqlQuery => ({ sql, args: [], argTypes: [] });

export function isolatingAdapterFactory(inner: SqlDriverAdapterFactory): { factory: SqlDriverAdapterFactory; control: IsolationControl } {
  let adapter: SqlDriverAdapter | undefined;
  let outer: Transaction | null = null;
  let statements = 0;
  let seq = 0;
  const connected = async () => (adapter ??= await inner.connect());
  // Savepoints nest, so the bookkeeping of concurrent statements (a handler's Promise.all) must
  // not interleave: each standalone statement, and each transaction's start and end, takes a turn.
  let turn: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const run = turn.then(work, work);
    turn = run.catch(() => undefined);
    return run;
  };

  /** One statement outside any Prisma transaction. */
  async function standalone<T>(run: (q: Transaction | SqlDriverAdapter) => Promise<T>): Promise<T> {
    statements++;
    if (!outer) return run(await connected());
    const tx = outer;
    return inTurn(async () => {
      const name = `dq${++seq}`;
      await tx.executeRaw(raw(`SAVEPOINT ${name}`));
      try {
        const result = await run(tx);
        await tx.executeRaw(raw(`RELEASE SAVEPOINT ${name}`));
        return result;
      } catch (error) {
        await tx.executeRaw(raw(`ROLLBACK TO SAVEPOINT ${name}`));
        await tx.executeRaw(raw(`RELEASE SAVEPOINT ${name}`));
        throw error;
      }
    });
  }

  function savepointTransaction(tx: Transaction, name: string): Transaction {
    const counted = <A extends unknown[], R>(fn: (...a: A) => Promise<R>) => (...a: A) => (statements++, fn(...a));
    return {
      provider: tx.provider,
      adapterName: tx.adapterName,
      options: { usePhantomQuery: true },
      queryRaw: counted((q: SqlQuery) => tx.queryRaw(q)),
      executeRaw: counted((q: SqlQuery) => tx.executeRaw(q)),
      commit: () => inTurn(async () => void (await tx.executeRaw(raw(`RELEASE SAVEPOINT ${name}`)))),
      rollback: () =>
        inTurn(async () => {
          await tx.executeRaw(raw(`ROLLBACK TO SAVEPOINT ${name}`));
          await tx.executeRaw(raw(`RELEASE SAVEPOINT ${name}`));
        }),
      createSavepoint: async (n) => void (await tx.executeRaw(raw(`SAVEPOINT ${name}_${n}`))),
      rollbackToSavepoint: async (n) => void (await tx.executeRaw(raw(`ROLLBACK TO SAVEPOINT ${name}_${n}`))),
      releaseSavepoint: async (n) => void (await tx.executeRaw(raw(`RELEASE SAVEPOINT ${name}_${n}`))),
    };
  }

  function countingTransaction(tx: Transaction): Transaction {
    return new Proxy(tx, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver) as unknown;
        if ((key === 'queryRaw' || key === 'executeRaw') && typeof value === 'function') {
          return (q: SqlQuery) => (statements++, (value as (q: SqlQuery) => Promise<unknown>).call(target, q));
        }
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  }

  const wrapper: SqlDriverAdapter = {
    get provider() { return adapter?.provider ?? inner.provider; },
    get adapterName() { return adapter?.adapterName ?? inner.adapterName; },
    queryRaw: (q: SqlQuery): Promise<SqlResultSet> => standalone((c) => c.queryRaw(q)),
    executeRaw: (q: SqlQuery): Promise<number> => standalone((c) => c.executeRaw(q)),
    async executeScript(script: string) {
      if (outer) throw new Error('executeScript inside a rolled-back stretch is not supported');
      statements++;
      await (await connected()).executeScript(script);
    },
    async startTransaction(isolationLevel?: IsolationLevel) {
      if (!outer) return countingTransaction(await (await connected()).startTransaction(isolationLevel));
      const tx = outer;
      const name = `dtx${++seq}`;
      await inTurn(() => tx.executeRaw(raw(`SAVEPOINT ${name}`)));
      return savepointTransaction(tx, name);
    },
    getConnectionInfo: () => adapter?.getConnectionInfo?.() ?? { supportsRelationJoins: true },
    dispose: async () => adapter?.dispose(),
  };

  const factory: SqlDriverAdapterFactory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => (await connected(), wrapper),
  };

  const control: IsolationControl = {
    get statements() { return statements; },
    async rolledBack(work) {
      if (outer) throw new Error('rolledBack() is not re-entrant');
      const tx = await (await connected()).startTransaction();
      outer = tx;
      try {
        return await work();
      } finally {
        outer = null;
        // PostgreSQL's adapter sends BEGIN itself and leaves ROLLBACK to its caller (the engine, as a
        // rule); PGlite's ("phantom" queries) rolls back in rollback().
        if (!tx.options.usePhantomQuery) await tx.executeRaw(raw('ROLLBACK'));
        await tx.rollback();
      }
    },
  };
  return { factory, control };
}
