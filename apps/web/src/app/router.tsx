import { lazy, Suspense } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { loadAppCatalog } from '../i18n/setup.ts';
import { RequirePermission } from './RequirePermission.tsx';
import { appRoutes } from './routes.ts';

// Every screen is a separate chunk. The login page is plain React and CSS; antd and the app's whole
// dictionary arrive with the first signed-in screen (issue 13: the login page's first load).
const AntdRoot = lazy(() => Promise.all([import('./AntdRoot.tsx'), loadAppCatalog()]).then(([root]) => root));
const SignedInApp = lazy(() => import('./SignedInApp.tsx'));
const LoginPage = lazy(() => import('../pages/login/LoginPage.tsx'));
const DashboardPage = lazy(() => import('../pages/dashboard/DashboardPage.tsx'));
const NotFoundPage = lazy(() => import('../pages/forbidden/NotFoundPage.tsx'));

/** Plain CSS (index.html's), shown until antd has loaded. */
const Boot = () => <div className="boot" role="status" />;

export function createAppRouter() {
  const pages: RouteObject[] = appRoutes().map((route) => {
    const Page = lazy(route.load);
    return {
      path: route.path,
      element: (
        <RequirePermission permission={route.permission}>
          <Page />
        </RequirePermission>
      ),
    };
  });

  return createBrowserRouter([
    {
      path: 'login',
      element: (
        <Suspense fallback={<Boot />}>
          <LoginPage />
        </Suspense>
      ),
    },
    {
      element: (
        <Suspense fallback={<Boot />}>
          <AntdRoot />
        </Suspense>
      ),
      children: [
        {
          element: <SignedInApp />,
          children: [{ index: true, element: <DashboardPage /> }, ...pages, { path: '*', element: <NotFoundPage /> }],
        },
      ],
    },
  ]);
}
