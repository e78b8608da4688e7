import { timingSafeEqual } from 'node:crypto';
import { resolveSession } from '@duban/core';
import type { Actor, Context, RequestInfo, Services } from './context.ts';
import { grantsFromAssignments } from './authz/grants.ts';

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
      personId: session.personId,
      name: session.name,
      username: session.username,
      orgUnitId: session.orgUnitId,
      locale: session.locale,
      mustChangePassword: session.mustChangePassword,
      county: session.county,
      grants: grantsFromAssignments(session.countyId, session.assignments),
      roles: session.assignments.map((a) => ({
        key: a.roleKey,
        name: a.roleName,
        nameEn: a.roleNameEn,
        captureUnit: a.captureUnit,
        viewUnit: a.viewUnit,
      })),
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
