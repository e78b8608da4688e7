import type { OpenAccess } from '@duban/core';

/**
 * What a procedure requires, declared next to it and enforced by one middleware (authorize.ts).
 * `scope` says which record in the input names the org unit the permission is checked against;
 * the unit is resolved on the server from that record, never taken from the client.
 */
export interface ProcedureMeta {
  permission: string | OpenAccess;
  scope?: ScopeSpec;
  /** The procedure manages its own transactions and audit rows (login must commit failures). */
  ownTransaction?: boolean;
  /**
   * The input may carry an `idempotencyKey`: a retry with the same key answers with the first
   * call's result instead of running again (receipts.ts). For mutations that create records.
   */
  idempotent?: boolean;
}

export type ScopeSpec =
  /** The record named by input[field] (an id) of a registered entity type. */
  | { entity: string; field: string }
  /** The caller's whole county (county-wide lists and settings). */
  | { entity: 'county' }
  /** Wherever the caller holds the permission (reference lists such as the county's roles). */
  | { entity: 'anywhere' };
