import { createHash, randomBytes } from 'node:crypto';
import type { Prisma, Session, User } from '@duban/db';
import { DomainError } from '../errors/index.ts';
import { appendAudit } from '../audit/index.ts';
import { dummyHash, verifyPassword } from './passwords.ts';
import type { SessionPolicy } from './session-policy.ts';

type Tx = Prisma.TransactionClient;

/** Only the hash of a session token is stored: a copy of the table opens no sessions. */
export const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('hex');
const token = () => randomBytes(32).toString('base64url');

/**
 * Failures are returned, not thrown: the caller commits the failed-attempt count and its audit row
 * before reporting the error (a throw would roll them back with the transaction).
 */
export type LoginResult = { ok: true; token: string; session: Session; user: User } | { ok: false; error: DomainError };

const fail = (...args: ConstructorParameters<typeof DomainError>) => ({ ok: false as const, error: new DomainError(...args) });
const invalid = () => new DomainError('UNAUTHORIZED', 'errors.login.invalid', '用户名或密码错误');

/**
 * Checks the password and opens a new session (always a new id: a session fixed before login is
 * never reused). Failed attempts count towards a lockout; a locked or disabled account is refused
 * without looking at the password. Outcomes are audited in the user's county.
 */
export async function login(
  db: Tx,
  policy: SessionPolicy,
  input: { username: string; password: string; ip?: string; userAgent?: string; previousToken?: string },
  now = new Date(),
): Promise<LoginResult> {
  const user = await db.user.findUnique({ where: { username: input.username }, include: { person: true } });
  if (!user) {
    await verifyPassword(await dummyHash(), input.password);
    return { ok: false, error: invalid() };
  }
  const audit = (outcome: 'ok' | 'denied', detail: string) =>
    appendAudit(db, {
      countyId: user.countyId, actorUserId: user.id, actorName: user.person.name, procedure: 'auth.login',
      outcome, entityType: 'user', entityId: user.id, orgUnitId: user.person.orgUnitId, detail,
    });
  if (user.disabledAt) {
    await audit('denied', 'account disabled');
    return fail('FORBIDDEN', 'errors.login.disabled', '账号已停用,请联系管理员');
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await audit('denied', 'account locked');
    const minutes = Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 60_000);
    return fail('TOO_MANY_REQUESTS', 'errors.login.locked', `登录失败次数过多,账号已锁定,请 ${minutes} 分钟后再试`, { minutes });
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const failures = user.failedLoginCount + 1;
    const lock = failures >= policy.maxFailedLogins;
    await db.user.update({
      where: { countyId_id: { countyId: user.countyId, id: user.id } },
      data: lock ? { failedLoginCount: 0, lockedUntil: new Date(now.getTime() + policy.lockoutMs) } : { failedLoginCount: failures },
    });
    await audit('denied', lock ? `wrong password; locked after ${failures} failures` : `wrong password (${failures})`);
    return { ok: false, error: invalid() };
  }
  if (input.previousToken) {
    await db.session.deleteMany({ where: { id: sessionIdOf(input.previousToken) } });
  }
  const t = token();
  const session = await db.session.create({
    data: {
      countyId: user.countyId, id: sessionIdOf(t), userId: user.id, csrfToken: token(),
      createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + policy.absoluteMs),
      ip: input.ip ?? null, userAgent: input.userAgent?.slice(0, 300) ?? null,
    },
  });
  await db.user.update({
    where: { countyId_id: { countyId: user.countyId, id: user.id } },
    data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now },
  });
  await audit('ok', 'signed in');
  return { ok: true, token: t, session, user };
}

/** The live session for a cookie token, or null; touches last-seen at most once a minute. */
export async function resolveSession(db: Tx, policy: SessionPolicy, cookieToken: string, now = new Date()) {
  const id = sessionIdOf(cookieToken);
  const session = await db.session.findFirst({ where: { id }, include: { user: { include: { person: true } } } });
  if (!session) return null;
  const idleExpired = session.lastSeenAt.getTime() + policy.idleMs < now.getTime();
  if (idleExpired || session.expiresAt <= now || session.user.disabledAt) {
    await db.session.deleteMany({ where: { id } });
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
    await db.session.updateMany({ where: { id }, data: { lastSeenAt: now } });
  }
  return session;
}

export async function revokeSession(db: Tx, cookieToken: string) {
  await db.session.deleteMany({ where: { id: sessionIdOf(cookieToken) } });
}

export async function revokeAllSessions(db: Tx, countyId: string, userId: string) {
  return (await db.session.deleteMany({ where: { countyId, userId } })).count;
}
