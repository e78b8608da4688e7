import { lazy, Suspense } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequirePermission } from './RequirePermission.tsx';
import { appRoutes } from './routes.ts';

// Every screen is a separate chunk; the shell and antd arrive with the first of them.
const AntdRoot = lazy(() => import('./AntdRoot.tsx'));
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
      element: (
        <Suspense fallback={<Boot />}>
          <AntdRoot />
        </Suspense>
      ),
      children: [
        { path: 'login', element: <LoginPage /> },
        {
          element: <SignedInApp />,
          children: [{ index: true, element: <DashboardPage /> }, ...pages, { path: '*', element: <NotFoundPage /> }],
        },
      ],
    },
  ]);
}
