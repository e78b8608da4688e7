import { lazy, useContext, type ReactNode } from 'react';
import { SessionContext } from './session.ts';

const ForbiddenPage = lazy(() => import('../pages/forbidden/ForbiddenPage.tsx'));

/**
 * The route guard: a page that needs a permission the user does not hold anywhere shows the
 * forbidden page (the server would refuse its data anyway; this says so before asking).
 */
export function RequirePermission({ permission, children }: { permission?: string; children: ReactNode }) {
  const me = useContext(SessionContext);
  if (permission && !me?.permissions.includes(permission)) return <ForbiddenPage />;
  return children;
}
