import { router } from './trpc.ts';
import { auditRouter } from './routers/audit/audit.router.ts';
import { authRouter } from './routers/auth/auth.router.ts';
import { districtsRouter } from './routers/districts/districts.router.ts';
import { orgUnitsRouter } from './routers/org-units/org-units.router.ts';
import { peopleRouter } from './routers/people/people.router.ts';
import { rolesRouter } from './routers/roles/roles.router.ts';
import { usersRouter } from './routers/users/users.router.ts';

/** The core API. Plugin routers are mounted beside these under their ids (plugin platform). */
export const coreRouter = {
  auth: authRouter,
  orgUnit: orgUnitsRouter,
  district: districtsRouter,
  person: peopleRouter,
  user: usersRouter,
  role: rolesRouter,
  audit: auditRouter,
};

export const appRouter = router(coreRouter);
export type AppRouter = typeof appRouter;
