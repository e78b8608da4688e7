import { TRPCError } from '@trpc/server';
import { allows, appendAudit, DomainError, permissionDefinition, scopeRoots } from '@duban/core';
import type { Context } from '../context.ts';
import type { ProcedureMeta } from './meta.ts';
import { scopeResolver, type ResolvedScope } from './scope-resolvers.ts';
import { effectiveEnablement, enabledAtOrBelow } from '../plugins/enablement.ts';
import { pluginOfPermission } from '../plugins/installed.ts';

/** What a procedure's handler learns from authorisation. */
export interface Authorization {
  /** The org unit the permission was checked against (null for open procedures). */
  target: ResolvedScope | null;
  /** Subtree roots where the permission holds — lists filter their rows to these. */
  roots: string[];
  /** Checks the same permission against a second unit (e.g. the new parent in a move). */
  assertAllowed(path: string, countyId?: string): void;
  /** Checks another permission against a unit (e.g. assigning a role needs every permission it grants). */
  has(permission: string, path: string): boolean;
}

type Refusal = ConstructorParameters<typeof DomainError>;

/**
 * A refusal by the authorisation check; `reason` (English) is for the log and the audit row.
 * `new AccessDenied(reason)` says only "outside your scope"; with DomainError's own arguments it
 * says why (errors.access.*) — through `refuse(…)`, where the web's key scan reads the key.
 */
export class AccessDenied extends DomainError {
  constructor(...args: [reason: string] | Refusal) {
    const [code, key, message, params]: Refusal = args.length === 1 ? ['FORBIDDEN', 'errors.forbidden', '无权访问:超出您的权限范围', { reason: args[0] }] : args;
    super(code, key, message, params);
  }
}
const refuse = (...why: Refusal) => new AccessDenied(...why);

const unitName = async (ctx: Context, target: ResolvedScope) =>
  (await ctx.prisma.orgUnit.findFirst({ where: { countyId: target.countyId, id: target.orgUnitId }, select: { name: true } }))?.name ?? '';

async function auditDenied(ctx: Context, path: string, target: ResolvedScope | null, reason: string) {
  const actor = ctx.actor;
  if (!actor) return;
  const write = async (detail: string) => {
    try {
      await ctx.prisma.$transaction((tx) =>
        appendAudit(tx, {
          countyId: actor.countyId, actorUserId: actor.userId, actorName: actor.name, procedure: path,
          outcome: 'denied', orgUnitId: target?.countyId === actor.countyId ? target.orgUnitId : null,
          entityId: target?.orgUnitId ?? null, entityType: target ? 'orgUnit' : null, detail,
        }),
      );
    } catch (error) {
      ctx.log.error({ err: error, path }, 'could not audit a denied request');
    }
  };
  // The first denial of this actor here in the window is written; a flood becomes one count row.
  const summary = (count: number, windowMs: number) => write(`${count} more denials of this procedure within ${windowMs / 1000} s (latest: ${reason})`);
  if (ctx.denials && !ctx.denials.admit(`${actor.countyId}:${actor.userId}:${path}`, summary)) return;
  await write(reason);
}

/**
 * The one authorisation check (DESIGN.md **must**). Runs before input validation, reading only the
 * id the scope names from the raw input, so a caller without the permission learns nothing from
 * validation errors. Denials are audited in the caller's county.
 */
const MAY_WHILE_PASSWORD_MUST_CHANGE = new Set(['auth.changePassword', 'auth.logout']);

export async function authorize(ctx: Context, meta: ProcedureMeta | undefined, path: string, type: string, rawInput: unknown) {
  if (!meta?.permission) {
    throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: `procedure ${path} declares no permission` });
  }
  const open = (): Authorization => ({ target: null, roots: [], assertAllowed: () => undefined, has: () => false });
  if (meta.permission === 'public') return open();
  const actor = ctx.actor;
  if (!actor) throw new TRPCError({ code: 'UNAUTHORIZED', message: '请先登录' });
  // A password someone else chose (create-admin, an administrator's reset) is changed before
  // anything else is done with it (F15); auth.me, being public, still tells the app to ask.
  if (actor.mustChangePassword && !MAY_WHILE_PASSWORD_MUST_CHANGE.has(path)) {
    throw new TRPCError({ code: 'FORBIDDEN', message: '请先修改初始密码', cause: refuse('FORBIDDEN', 'errors.password.mustChange', '请先修改初始密码') });
  }
  if (type === 'mutation' && !ctx.request.csrfVerified) {
    await auditDenied(ctx, path, null, 'missing or wrong CSRF token');
    throw new TRPCError({ code: 'FORBIDDEN', message: '请求校验失败(CSRF),请刷新页面后重试' });
  }
  if (meta.permission === 'authenticated') return open();

  const permission = meta.permission;
  if (!permissionDefinition(permission)) {
    throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: `procedure ${path} declares unknown permission ${permission}` });
  }
  const target = await resolveTarget(ctx, meta, rawInput);
  // The refusal says why in the user's words (key and params for the web app, zh-CN message).
  const deny = async (reason: string, why: DomainError = new AccessDenied(reason)): Promise<never> => {
    await auditDenied(ctx, path, target, reason);
    throw new TRPCError({ code: 'FORBIDDEN', message: why.message, cause: why });
  };
  if (target.countyId !== actor.countyId) {
    const reason = 'record belongs to another county';
    return deny(reason, refuse('FORBIDDEN', 'errors.access.otherCounty', '无权访问：该记录属于其他县', { reason }));
  }
  const definition = permissionDefinition(permission)!;
  const readable = definition.access === 'read' ? [target.path, ...(target.alsoPaths ?? [])] : [target.path];
  if (!readable.some((path) => allows(actor.grants, permission, target.countyId, path))) {
    const reason = `${permission} not granted at the target unit`;
    const unit = await unitName(ctx, target);
    return deny(reason, refuse('FORBIDDEN', 'errors.access.notGranted', `无权访问：您在「${unit}」没有“${definition.zh}”的权限`, { unit, reason }));
  }
  // A plugin's procedures answer only where a department has switched the plugin on. Reading at
  // a unit above (the county, for its department) reads the registers of the units below where
  // it is on — a county-wide register — so a read passes where the plugin is on at or below it.
  const plugin = pluginOfPermission(permission);
  if (plugin) {
    const on = definition.access === 'read'
      ? await enabledAtOrBelow(ctx.prisma, target.countyId, plugin.id, target.path)
      : (await effectiveEnablement(ctx.prisma, target.countyId, plugin.id, target.path)).enabled;
    if (!on) {
      const reason = `plugin ${plugin.id} is not enabled for the target unit`;
      const unit = await unitName(ctx, target);
      return deny(reason, refuse('FORBIDDEN', 'errors.access.moduleOff', `无权访问：「${plugin.manifest.name.zh}」未在「${unit}」启用，请联系主管部门`, { unit, reason }));
    }
  }

  const roots = scopeRoots(actor.grants.filter((g) => g.countyId === actor.countyId), permission);
  return {
    target,
    roots,
    assertAllowed(unitPath: string, countyId = actor.countyId) {
      if (countyId !== actor.countyId || !roots.some((r) => unitPath.startsWith(r))) {
        throw new TRPCError({ code: 'FORBIDDEN', message: '无权访问:超出您的权限范围', cause: new AccessDenied(`${permission} not granted at the second unit`) });
      }
    },
    has: (other: string, unitPath: string) => allows(actor.grants, other, actor.countyId, unitPath),
  } satisfies Authorization;
}

async function resolveTarget(ctx: Context, meta: ProcedureMeta, rawInput: unknown): Promise<ResolvedScope> {
  const actor = ctx.actor!;
  const scope = meta.scope ?? { entity: 'county' as const };
  if (scope.entity === 'anywhere') {
    const root = scopeRoots(actor.grants, meta.permission)[0];
    // No grant carries the permission: check against the county root, which then denies.
    const path = root ?? `/${actor.countyId}/`;
    return { countyId: actor.countyId, orgUnitId: path.split('/').filter(Boolean).pop()!, path };
  }
  if (scope.entity === 'county') {
    return { countyId: actor.countyId, orgUnitId: actor.countyId, path: `/${actor.countyId}/` };
  }
  if (!('field' in scope)) throw new Error('unreachable');
  const id = rawInput && typeof rawInput === 'object' ? (rawInput as Record<string, unknown>)[scope.field] : undefined;
  if (typeof id !== 'string' || id.length === 0 || id.length > 64) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: `缺少或无效的 ${scope.field}` });
  }
  const resolve = scopeResolver(scope.entity);
  if (!resolve) throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: `no scope resolver for ${scope.entity}` });
  const found = await resolve(ctx.prisma, id);
  if (!found) {
    const error = recordNotFound(id);
    stoppedByMiddleware.add(error);
    throw error;
  }
  return found;
}

/**
 * The middleware's own not-found, told apart from the same answer given by a handler only by the
 * access matrix (which must not count it as a call that reached its handler).
 */
export const stoppedByMiddleware = new WeakSet<Error>();

/**
 * The one answer for a record that does not exist — and for one the rules hide (an unannounced
 * visit before it starts), which must not be told apart from it by message, key or params (F11).
 */
export function recordNotFound(id: string): TRPCError {
  const message = `未找到记录(${id})`;
  return new TRPCError({ code: 'NOT_FOUND', message, cause: new DomainError('NOT_FOUND', 'errors.recordNotFound', message, { id }) });
}
