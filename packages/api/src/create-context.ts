import { timingSafeEqual } from 'node:crypto';
import { resolveSession } from '@duban/core';
import type { Actor, Context, RequestInfo, Services } from './context.ts';
import { grantsOfUser } from './authz/grants.ts';

export interface IncomingRequest {
  sessionToken?: string;
  /** The x-csrf-token header. */
  csrfHeader?: string;
  ip?: string;
  userAgent?: string;
  setSessionCookie?: RequestInfo['setSessionCookie'];
  clearSessionCookie?: RequestInfo['clearSessionCookie'];
}

const sameSecret = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Builds a request's context: the session from its cookie, the user's grants, the CSRF verdict. */
export async function createContext(services: Services, req: IncomingRequest): Promise<Context> {
  const prisma = services.database.prisma;
  const session = req.sessionToken ? await resolveSession(prisma, services.sessionPolicy, req.sessionToken) : null;
  let actor: Actor | null = null;
  if (session) {
    actor = {
      userId: session.userId,
      countyId: session.countyId,
      personId: session.user.personId,
      name: session.user.person.name,
      username: session.user.username,
      orgUnitId: session.user.person.orgUnitId,
      locale: session.user.locale,
      grants: await grantsOfUser(prisma, session.countyId, session.userId),
    };
  }
  return {
    ...services,
    prisma,
    db: prisma,
    actor,
    request: {
      ip: req.ip,
      userAgent: req.userAgent,
      sessionToken: session ? req.sessionToken : undefined,
      csrfVerified: !!session && !!req.csrfHeader && sameSecret(req.csrfHeader, session.csrfToken),
      setSessionCookie: req.setSessionCookie,
      clearSessionCookie: req.clearSessionCookie,
    },
  };
}
