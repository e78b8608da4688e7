import type { Database, Prisma, PrismaClient } from '@duban/db';
import type { AuditCheckpoint, DenialSampler, FileStore, LoginThrottle, ScopedGrant, SessionPolicy, SessionUnit, SmsProvider } from '@duban/core';

export type ActorUnit = SessionUnit;

/** The signed-in user as every procedure sees it; grants are loaded once per request. */
export interface Actor {
  userId: string;
  countyId: string;
  personId: string;
  name: string;
  username: string;
  orgUnitId: string;
  locale: string;
  /** Someone else chose the password (create-admin, an administrator's reset): change it first. */
  mustChangePassword: boolean;
  grants: ScopedGrant[];
  /** The county the user belongs to (its root unit). */
  county: { id: string; name: string } | null;
  /** Every role the user holds and where, archived units included (auth.me lists them). */
  roles: ActorRole[];
}

export interface ActorRole { key: string | null; name: string; nameEn: string; captureUnit: ActorUnit; viewUnit: ActorUnit }

export interface RequestInfo {
  ip?: string;
  userAgent?: string;
  /** The session cookie's token, when the request carried one. */
  sessionToken?: string;
  /** Whether a cookie-authenticated mutation presented the session's CSRF token. */
  csrfVerified: boolean;
  /** Lets auth procedures set and clear cookies without knowing the HTTP framework. */
  setSessionCookie?: (token: string, csrfToken: string, maxAgeSeconds: number) => void;
  clearSessionCookie?: () => void;
}

export interface Services {
  database: Database;
  sessionPolicy: SessionPolicy;
  /** Login attempts per account and per address (one per server process; see login-throttle.ts). */
  loginThrottle: LoginThrottle;
  /** Evidence files (local disk by default). */
  files: FileStore;
  /** SMS gateway for escalations (a logging provider unless one is configured). */
  sms: SmsProvider;
  /**
   * The installation's data-protection secret (≥ 32 bytes): keys for personal data encrypted at
   * rest (survey respondents' phones) are derived from it. apps/server: DUBAN_DATA_KEY or a key
   * generated once into the data dir.
   */
  dataKey: Buffer;
  log: { info: (o: object, msg?: string) => void; warn: (o: object, msg?: string) => void; error: (o: object, msg?: string) => void };
  /** The signed audit checkpoints kept outside the database (apps/server: the data dir's file). */
  auditCheckpoints?: () => Promise<AuditCheckpoint[]>;
  /** The time as procedures that depend on it see it (tests inject one; default: the system clock). */
  clock?: () => Date;
  /**
   * Repeated denials of one actor at one procedure, written as one row per window (F13). Without
   * it every denial is written (tests that count denial rows).
   */
  denials?: DenialSampler;
}

export interface Context extends Services {
  /** The root client; inside mutations procedures use `db`, which is the transaction. */
  prisma: PrismaClient;
  db: Prisma.TransactionClient;
  actor: Actor | null;
  request: RequestInfo;
}
