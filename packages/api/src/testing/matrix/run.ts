// One procedure through the matrix: every principal × every unit kind, each call in a rolled-back
// stretch of the built world. Returns what failed, in words a reviewer can act on.
import { permissionDefinition } from '@duban/core';
import { normaliseExample, type ExampleUnit, type ProcedureExample } from '../../authz/examples.ts';
import type { ProcedureInfo } from '../router-procedures.ts';
import type { IsolationControl } from '@duban/db/testing';
import { outcomeOf, reachedHandler, type Outcome } from './outcome.ts';
import type { MatrixWorld, Principal } from './world.ts';
import { leakedRecords } from './leaks.ts';

export interface ProcedureReport {
  path: string;
  calls: number;
  /** Authorised calls that reached the handler (returned, or a listed domain refusal). */
  reached: number;
  authorised: number;
  failures: string[];
}

const callable = (caller: Record<string, unknown>, path: string) =>
  path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], caller) as (input: unknown) => Promise<unknown>;

/** Who may make this call, by the declared permission alone (the oracle walks parent links). */
export function authorisedBy(world: MatrixWorld, principal: Principal, permission: string, target: ExampleUnit, anywhere: boolean) {
  if (principal.username === null) return false;
  if (permission === 'authenticated') return true;
  const access = permissionDefinition(permission)?.access;
  return principal.grants.some((g) => g.permissions.includes(permission) && (anywhere || world.isWithin(target, access === 'write' ? g.capture : g.view)));
}

export async function runProcedure(world: MatrixWorld, isolation: IsolationControl, proc: ProcedureInfo, declared: ProcedureExample | ((w: import('../../authz/examples.ts').ExampleWorld) => unknown) | undefined): Promise<ProcedureReport> {
  const report: ProcedureReport = { path: proc.path, calls: 0, reached: 0, authorised: 0, failures: [] };
  if (!declared) {
    report.failures.push(`${proc.path}: no example input declared (add it to the router folder's examples.ts)`);
    return report;
  }
  const example = normaliseExample(declared);
  const permission = proc.meta!.permission;
  const scope = proc.meta!.scope ?? { entity: 'county' as const };
  const countyWide = scope.entity === 'county' || scope.entity === 'anywhere';
  for (const principal of world.principals) {
    const targets: [string, ExampleUnit][] = countyWide
      ? [['own county', principal.home ? world.units.get(principal.home.countyId)! : world.countyA]]
      : world.targetsFor(principal);
    for (const [label, requested] of targets) {
      const w = world.exampleWorld(requested, 'field' in scope ? scope.entity : undefined);
      const input = proc.input ? ({ ...(example.input(w) as object) } as Record<string, unknown>) : undefined;
      let target = requested;
      if ('field' in scope) {
        const seeded = world.records.get(scope.entity)!.get(requested.id)!;
        input![scope.field] = seeded.id;
        target = seeded.unit;
      }
      const expected = authorisedBy(world, principal, permission, target, scope.entity === 'anywhere');
      const who = `${principal.username ?? 'anonymous'} → ${label}`;
      report.calls++;
      const outcome: Outcome = await isolation.rolledBack(async () => {
        try {
          return { kind: 'ok', output: await callable(principal.caller, proc.path)(input) };
        } catch (error) {
          return outcomeOf(error);
        }
      });
      if (outcome.kind === 'crashed') {
        report.failures.push(`${who}: 500 — ${outcome.message}`);
        continue;
      }
      if (!expected) {
        if (outcome.kind !== 'denied') report.failures.push(`${who}: unauthorised call was not refused by the middleware (${describe(outcome)})`);
        continue;
      }
      report.authorised++;
      if (outcome.kind === 'denied') report.failures.push(`${who}: authorised call was denied (${outcome.message})`);
      else if (outcome.kind === 'refused') {
        const listed = Object.keys(example.refusals ?? {}).some((k) => k === outcome.key || outcome.message.includes(k));
        if (!listed) report.failures.push(`${who}: unlisted domain refusal ${outcome.key} "${outcome.message}" (fix the example or list it in refusals, with why)`);
      } else if (outcome.kind === 'stopped' && !example.exempt) {
        report.failures.push(`${who}: did not reach the handler: ${outcome.code} ${outcome.message}`);
      }
      if (reachedHandler(outcome)) report.reached++;
      if (outcome.kind === 'ok' && proc.type === 'query' && principal.home) {
        const leaked = leakedRecords(world, principal, permission, outcome.output);
        if (leaked.length) report.failures.push(`${who}: ${leaked.length} record(s) from outside the caller's scope: ${leaked.slice(0, 3).join('; ')}`);
      }
    }
  }
  if (report.authorised > 0 && report.reached === 0 && !example.exempt) {
    report.failures.push(`${proc.path}: no authorised call reached the handler (declare an exemption beside the example, with the reason)`);
  }
  if (report.authorised === 0 && !example.exempt) {
    report.failures.push(`${proc.path}: no built-in role may call it anywhere in the world (declare an exemption, with the reason)`);
  }
  return report;
}

function describe(o: Outcome) {
  switch (o.kind) {
    case 'ok': return 'it succeeded';
    case 'refused': return `handler refused: ${o.key}`;
    case 'stopped': return `${o.code} ${o.message}`;
    default: return o.kind;
  }
}
