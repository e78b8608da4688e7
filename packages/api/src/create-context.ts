import { timingSafeEqual } from 'node:crypto';
import { resolveSession } from '@duban/core';
import type { Actor, Context, RequestInfo, Services } from './context.ts';
import { pluginGrantsForRole } from './plugins/installed.ts';

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
    const assignments = await prisma.roleAssignment.findMany({
      where: { countyId: session.countyId, userId: session.userId },
      include: { role: true, captureUnit: true, viewUnit: true },
    });
    actor = {
      userId: session.userId,
      countyId: session.countyId,
      personId: session.user.personId,
      name: session.user.person.name,
      username: session.user.username,
      orgUnitId: session.user.person.orgUnitId,
      locale: session.user.locale,
      // Archived units grant nothing: a role held at a dissolved township lapses with it.
      grants: assignments
        .filter((a) => !a.captureUnit.archivedAt && !a.viewUnit.archivedAt)
        .map((a) => ({
          countyId: a.countyId,
          // Built-in roles also carry what plugins grant them (manifest roleGrants).
          permissions: [...a.role.permissions, ...pluginGrantsForRole(a.role.builtIn ? a.role.key : null)],
          capturePath: a.captureUnit.path,
          viewPath: a.viewUnit.path,
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
