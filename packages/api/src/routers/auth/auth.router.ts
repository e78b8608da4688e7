import type { TRPCRouterRecord } from '@trpc/server';
import { TRPCError } from '@trpc/server';
import { allPermissions, assertPasswordPolicy, badRequest, hashPassword, revokeSession, scopeRoots, sessionIdOf, signIn, verifyPassword } from '@duban/core';
import { procedure } from '../../procedures.ts';
import { changePasswordInput, loginInput } from '../../schemas/index.ts';

export const authRouter = {
  login: procedure
    .meta({ permission: 'public', ownTransaction: true })
    .input(loginInput)
    .mutation(async ({ ctx, input }) => {
      // Throttled before any database or password work (F8): a refused attempt costs no argon2 and
      // takes no row lock. A successful login is taken back from the count.
      const throttle = ctx.loginThrottle.attempt(input.username, ctx.request.ip);
      if (!throttle.ok) throw throttle.error;
      // Its own transaction: a failed attempt must commit its count and audit row, then fail.
      const result = await signIn(ctx.prisma, ctx.sessionPolicy, { ...input, ip: ctx.request.ip, userAgent: ctx.request.userAgent, previousToken: ctx.request.sessionToken });
      if (!result.ok) throw result.error;
      throttle.succeeded();
      ctx.request.setSessionCookie?.(result.token, result.session.csrfToken, Math.floor(ctx.sessionPolicy.absoluteMs / 1000));
      return { userId: result.user.id, csrfToken: result.session.csrfToken, token: ctx.request.setSessionCookie ? undefined : result.token };
    }),

  logout: procedure
    .meta({ permission: 'authenticated' })
    .mutation(async ({ ctx }) => {
      if (ctx.request.sessionToken) await revokeSession(ctx.db, ctx.request.sessionToken);
      await ctx.audit({ entityType: 'user', entityId: ctx.actor!.userId, orgUnitId: ctx.actor!.orgUnitId, detail: 'signed out' });
      ctx.request.clearSessionCookie?.();
      return { ok: true };
    }),

  /** Who is signed in, and what they may do where — the web app builds its menus from this. */
  me: procedure
    .meta({ permission: 'public' })
    .query(async ({ ctx }) => {
      const actor = ctx.actor;
      if (!actor) return null;
      // Everything comes from the request context (one statement in createContext): no queries here.
      const units = [...new Map(actor.roles
        .filter((r) => !r.captureUnit.archived && !r.viewUnit.archived)
        .flatMap((r) => [r.captureUnit, r.viewUnit])
        .map(({ id, name, level, path }) => [path, { id, name, level, path }] as const)).values()];
      const unitById = (id: string) => units.find((u) => u.id === id) ?? null;
      const county = actor.county;
      const permissions = allPermissions()
        .map((p) => p.key)
        .filter((p) => scopeRoots(actor.grants, p).length > 0);
      // Where each permission holds (capture units for writes, view units for reads), so pages
      // open at a unit where the user may act rather than merely see.
      const scopes = Object.fromEntries(
        permissions.map((p) => [p, scopeRoots(actor.grants, p).map((path) => units.find((u) => u.path === path)).filter((u) => !!u)]),
      );
      return {
        userId: actor.userId,
        username: actor.username,
        name: actor.name,
        locale: actor.locale,
        mustChangePassword: actor.mustChangePassword,
        county,
        orgUnitId: actor.orgUnitId,
        permissions,
        scopes,
        roles: actor.roles.map((r) => ({
          key: r.key,
          name: r.name,
          nameEn: r.nameEn,
          captureUnit: unitById(r.captureUnit.id),
          viewUnit: unitById(r.viewUnit.id),
        })),
        /** The top units the user may look at: the roots of the org tree page. */
        viewRoots: units
          .filter((u) => actor.grants.some((g) => g.viewPath === u.path || g.capturePath === u.path))
          .filter((u, _, all) => !all.some((o) => o.id !== u.id && u.path.startsWith(o.path))),
      };
    }),

  changePassword: procedure
    .meta({ permission: 'authenticated' })
    .input(changePasswordInput)
    .mutation(async ({ ctx, input }) => {
      const actor = ctx.actor!;
      const user = await ctx.db.user.findUniqueOrThrow({ where: { countyId_id: { countyId: actor.countyId, id: actor.userId } } });
      if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
        throw new TRPCError({ code: 'BAD_REQUEST', message: '当前密码不正确' });
      }
      assertPasswordPolicy(input.newPassword, actor.username);
      // An initial password kept as one's own would defeat the forced change.
      if (input.newPassword === input.currentPassword) throw badRequest('errors.password.same', '新密码不能与当前密码相同');
      await ctx.db.user.update({
        where: { countyId_id: { countyId: actor.countyId, id: actor.userId } },
        data: { passwordHash: await hashPassword(input.newPassword), mustChangePassword: false },
      });
      // Other sessions of this account end; this one stays.
      await ctx.db.session.deleteMany({ where: { countyId: actor.countyId, userId: actor.userId, NOT: ctx.request.sessionToken ? { id: sessionIdOf(ctx.request.sessionToken) } : undefined } });
      await ctx.audit({ entityType: 'user', entityId: actor.userId, orgUnitId: actor.orgUnitId, detail: 'password changed' });
      return { ok: true };
    }),
} satisfies TRPCRouterRecord;
