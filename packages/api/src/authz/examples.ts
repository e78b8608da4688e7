// A valid example input for every procedure, declared beside its router (`examples.ts` in each
// router folder, `src/server/examples.ts` in a plugin) and keyed by the procedure's path. The
// access matrix calls every procedure with it, as every role, at every kind of unit, on a world
// seeded with a record of every entity at each of those units; so an example takes that world's
// ids as parameters instead of inventing them. A test parses every example with the procedure's
// input schema, so an example that would stop at validation fails there, not silently.

/** A unit of the seeded world. */
export interface ExampleUnit {
  countyId: string;
  id: string;
  parentId: string | null;
  path: string;
  level: string;
}

/** What an example may use: the unit the call is aimed at and records seeded there. */
export interface ExampleWorld {
  /** The unit the call is aimed at (the caller's own unit, a child, a sibling, the parent, another county). */
  unit: ExampleUnit;
  /** The county the unit belongs to (its root unit). */
  county: ExampleUnit;
  /** A village at or under `unit` (the first of the county's when `unit` has none). */
  village: ExampleUnit;
  /** The record of the procedure's scope entity seeded at `unit` (procedures with `scope.field`). */
  record: string;
  /** A record of any entity (core or plugin, e.g. 'person', 'task', 'food-safety…') seeded at `unit`. */
  at(entity: string): string;
  /** A record of an entity seeded at the county root of `unit` (county-wide things: roles, districts). */
  inCounty(entity: string): string;
  /** A fresh suffix, for names and codes that must be unique. */
  unique(): string;
  /** Every seeded user's password (for procedures that ask for the current one). */
  password: string;
  /** The clock the world was built with. */
  now: Date;
}

export interface ProcedureExample {
  input: (w: ExampleWorld) => unknown;
  /**
   * Domain refusals an authorised caller may get from this example (the DomainError's key →
   * why), e.g. a plan that must be published first. Any other error fails the matrix.
   */
  refusals?: Record<string, string>;
  /**
   * Why this procedure may end without reaching its handler for every authorised caller (e.g.
   * no built-in role holds its permission). Without it, such a procedure fails the matrix.
   */
  exempt?: string;
}

export type ProcedureExamples = Record<string, ProcedureExample | ((w: ExampleWorld) => unknown)>;

/** Declares a router folder's examples (identity, for typing). */
export const defineExamples = <T extends ProcedureExamples>(examples: T): T => examples;

export const normaliseExample = (e: ProcedureExample | ((w: ExampleWorld) => unknown)): ProcedureExample =>
  typeof e === 'function' ? { input: e } : e;
