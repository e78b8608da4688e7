import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './index.ts';

// Runs on PGlite, and on PostgreSQL when DUBAN_TEST_PG_URL is set (CI's second pass).
describe('rolled-back stretches and statement counting', () => {
  let db: TestDatabase;
  const count = async () => Number((await db.prisma.$queryRawUnsafe<{ n: bigint }[]>('SELECT count(*) AS n FROM iso_probe'))[0]!.n);
  beforeAll(async () => {
    db = await createTestDatabase();
    await db.prisma.$executeRawUnsafe('CREATE TABLE iso_probe (id int PRIMARY KEY)');
    await db.prisma.$executeRawUnsafe('INSERT INTO iso_probe VALUES (1)');
  }, 300_000);
  afterAll(() => db.close());

  it('rolls back plain statements and committed transactions, and keeps transactions all-or-nothing inside', async () => {
    await db.isolation.rolledBack(async () => {
      await db.prisma.$executeRawUnsafe('INSERT INTO iso_probe VALUES (2)');
      await db.prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe('INSERT INTO iso_probe VALUES (3)');
      });
      await expect(
        db.prisma.$transaction(async (tx) => {
          await tx.$executeRawUnsafe('INSERT INTO iso_probe VALUES (4)');
          throw new Error('roll me back');
        }),
      ).rejects.toThrow('roll me back');
      // A failing statement outside a transaction does not poison the stretch.
      await expect(db.prisma.$executeRawUnsafe('INSERT INTO iso_probe VALUES (1)')).rejects.toThrow();
      expect(await count()).toBe(3);
    });
    expect(await count()).toBe(1);
  });

  it('counts the statements the app sends, not its own savepoints', async () => {
    const before = db.isolation.statements;
    await db.isolation.rolledBack(async () => {
      await db.prisma.$queryRawUnsafe('SELECT 1');
      await db.prisma.$transaction(async (tx) => {
        await tx.$queryRawUnsafe('SELECT 2');
        await tx.$queryRawUnsafe('SELECT 3');
      });
    });
    expect(db.isolation.statements - before).toBe(3);
  });
});
