import { createHash, randomBytes } from 'node:crypto';
import type { OrgLevel, Prisma, Session, User } from '@duban/db';
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
export type LoginResult =
  | { ok: true; token: string; session: Session; user: User }
  | { ok: false; error: DomainError; /** Work to finish after the commit (the unknown name's dummy check). */ afterCommit?: Promise<unknown> };

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
  // Attempts on one account take turns (F3): the row lock makes a concurrent burst see each
  // failure's count and the lockout it sets, instead of all reading the same count and all being
  // checked (on PostgreSQL 30 concurrent guesses were checked against a limit of 5).
  await db.$queryRaw`SELECT 1 FROM app_user WHERE username = ${input.username} FOR UPDATE`;
  const user = await db.user.findUnique({ where: { username: input.username }, include: { person: true } });
  if (!user) {
    // The dummy check costs what a real one does, so the answer's time does not tell which names
    // exist; but no row is locked and nothing is written, so it runs after the transaction has
    // given its connection back (see signIn).
    const afterCommit = dummyHash().then((hash) => verifyPassword(hash, input.password)).catch(() => false);
    return { ok: false, error: invalid(), afterCommit };
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

/**
 * How long a login waits for its transaction. On PGlite every transaction shares the one
 * connection, and a login holds it through an argon2 check (the row lock above): a burst of ten
 * wrong passwords queued for more than Prisma's default 2 s on a loaded machine, and the later ones
 * failed with 500 instead of 401. The throttle bounds that queue (LoginThrottle: 10 per account,
 * 20 per address within its window), so a login waits for its turn rather than failing.
 */
export const LOGIN_TRANSACTION = { maxWait: 30_000, timeout: 10_000 } as const;

/** A login in its own transaction (failures commit their count and audit row), then the unknown name's dummy check. */
export async function signIn(prisma: { $transaction<R>(fn: (tx: Tx) => Promise<R>, options?: { maxWait?: number; timeout?: number }): Promise<R> }, policy: SessionPolicy, input: Parameters<typeof login>[2], now = new Date()): Promise<LoginResult> {
  const result = await prisma.$transaction((tx) => login(tx, policy, input, now), LOGIN_TRANSACTION);
  if (!result.ok) await result.afterCommit;
  return result;
}

/** One role a signed-in user holds, with the units it is held at (as the request context needs them). */
export interface SessionAssignment {
  roleKey: string | null;
  roleName: string;
  roleNameEn: string;
  builtIn: boolean;
  permissions: string[];
  captureUnit: SessionUnit;
  viewUnit: SessionUnit;
}
export interface SessionUnit { id: string; name: string; level: OrgLevel; path: string; archived: boolean }

/** Everything a request needs about who sent it, read by one statement (see resolveSession). */
export interface ResolvedSession {
  countyId: string;
  userId: string;
  csrfToken: string;
  lastSeenAt: Date;
  expiresAt: Date;
  username: string;
  locale: string;
  disabledAt: Date | null;
  /** Until the user sets their own password, only changing it (or signing out) is allowed. */
  mustChangePassword: boolean;
  personId: string;
  name: string;
  orgUnitId: string;
  county: { id: string; name: string } | null;
  assignments: SessionAssignment[];
}

const unitJson = (alias: string) =>
  `json_build_object('id', ${alias}.id, 'name', ${alias}.name, 'level', ${alias}.level, 'path', ${alias}.path, 'archived', ${alias}.archived_at IS NOT NULL)`;

// Session, account, person, county and every role assignment with its role and units in ONE
// statement: each signed-in request runs this first, and as separate Prisma includes it cost seven
// round trips (on PGlite each one runs on the event loop). The assignments are aggregated into a
// JSON array so the statement returns one row; role_assignment is reached by its
// (county_id, user_id, …) unique index.
const SESSION_SQL = `
SELECT s.county_id AS "countyId", s.user_id AS "userId", s.csrf_token AS "csrfToken",
       s.last_seen_at AS "lastSeenAt", s.expires_at AS "expiresAt",
       u.username, u.locale, u.disabled_at AS "disabledAt", u.person_id AS "personId",
       u.must_change_password AS "mustChangePassword",
       p.name, p.org_unit_id AS "orgUnitId",
       CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object('id', c.id, 'name', c.name) END AS county,
       COALESCE((
         SELECT json_agg(json_build_object(
                  'roleKey', r.key, 'roleName', r.name, 'roleNameEn', r.name_en, 'builtIn', r.built_in,
                  'permissions', r.permissions, 'captureUnit', ${unitJson('cu')}, 'viewUnit', ${unitJson('vu')})
                ORDER BY a.created_at, a.id)
           FROM role_assignment a
           JOIN role r ON r.county_id = a.county_id AND r.id = a.role_id
           JOIN org_unit cu ON cu.county_id = a.county_id AND cu.id = a.capture_unit_id
           JOIN org_unit vu ON vu.county_id = a.county_id AND vu.id = a.view_unit_id
          WHERE a.county_id = s.county_id AND a.user_id = s.user_id), '[]'::json) AS assignments
  FROM session s
  JOIN app_user u ON u.county_id = s.county_id AND u.id = s.user_id
  JOIN person p ON p.county_id = u.county_id AND p.id = u.person_id
  LEFT JOIN org_unit c ON c.county_id = s.county_id AND c.id = s.county_id
 WHERE s.id = $1`;

/**
 * The live session for a cookie token with its user's grants, or null; touches last-seen at most
 * once a minute. One statement reads it all; a second runs only to end an expired session or to
 * touch last-seen — so a signed-in request costs at most two round trips before its own work.
 */
export async function resolveSession(db: Tx, policy: SessionPolicy, cookieToken: string, now = new Date()): Promise<ResolvedSession | null> {
  const id = sessionIdOf(cookieToken);
  const [row] = await db.$queryRawUnsafe<ResolvedSession[]>(SESSION_SQL, id);
  if (!row) return null;
  const session: ResolvedSession = {
    ...row,
    lastSeenAt: new Date(row.lastSeenAt),
    expiresAt: new Date(row.expiresAt),
    disabledAt: row.disabledAt ? new Date(row.disabledAt) : null,
  };
  const idleExpired = session.lastSeenAt.getTime() + policy.idleMs < now.getTime();
  if (idleExpired || session.expiresAt <= now || session.disabledAt) {
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
