/**
 * Keeps the statements of a generated migration that concern one schema file's tables and enums.
 * Prisma's diff separates statements by blank lines under a `-- Comment` header; each statement's
 * subject is the first quoted name after TABLE / ON / TYPE / INDEX … ON.
 */
export function keepStatementsOf(sql: string, schemaSource: string): string {
  const tables = new Set([...schemaSource.matchAll(/@@map\("([^"]+)"\)/g)].map((m) => m[1]!));
  const enums = new Set([...schemaSource.matchAll(/^enum (\w+) \{/gm)].map((m) => m[1]!));
  const kept = sql
    // A statement starts at its `-- Comment` header: CREATE TABLE has a blank line inside, before
    // its PRIMARY KEY constraint, so blank lines alone do not separate statements.
    .split(/\n\s*\n(?=--)/)
    .filter((block) => {
      const statement = block
        .split('\n')
        .filter((l) => !l.startsWith('--'))
        .join('\n');
      if (!statement.trim()) return false;
      const subject =
        /\b(?:TABLE|ON)\s+(?:IF (?:NOT )?EXISTS\s+)?"([^"]+)"/i.exec(statement)?.[1] ??
        /\bTYPE\s+"([^"]+)"/i.exec(statement)?.[1];
      return subject !== undefined && (tables.has(subject) || enums.has(subject));
    });
  return kept.join('\n\n');
}

/**
 * Drops `DROP INDEX "…_pattern_idx"` statements from a generated migration: those indexes use an
 * operator class (text_pattern_ops) that Prisma's schema cannot declare, so its diff always wants
 * them gone. They are written by hand in their own migrations.
 */
export function keepPatternIndexes(sql: string): string {
  return sql
    .split(/\n\s*\n(?=--)/)
    .filter((block) => !/^\s*DROP INDEX\s+"[^"]+_pattern_idx"\s*;/im.test(block))
    .join('\n\n');
}
