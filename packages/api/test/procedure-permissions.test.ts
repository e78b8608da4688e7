import { permissionDefinition } from '@duban/core';
import { describe, expect, it } from 'vitest';
import { registeredEntities } from '../src/authz/scope-resolvers.ts';
import { appRouter } from '../src/root.ts';
import { listProcedures } from '../src/testing/index.ts';

// DESIGN.md **must**: every procedure declares its permission. Walks the whole router, so a
// procedure added later without one fails here without editing this test.
describe('every procedure declares its permission', () => {
  const procedures = listProcedures(appRouter);

  it('finds the procedures', () => {
    expect(procedures.length).toBeGreaterThan(20);
  });

  it.each(procedures.map((p) => [p.path, p] as const))('%s', (_path, p) => {
    expect(p.meta?.permission, `${p.path} has no meta.permission`).toBeTruthy();
    const permission = p.meta!.permission;
    if (permission === 'public' || permission === 'authenticated') return;
    expect(permissionDefinition(permission), `${p.path}: unknown permission ${permission}`).toBeDefined();
    expect(permission).toMatch(/^[a-z][a-zA-Z0-9-]*\.[a-zA-Z]+\.[a-zA-Z]+$/);
    const scope = p.meta!.scope;
    if (scope && 'field' in scope) expect(registeredEntities()).toContain(scope.entity);
  });
});
