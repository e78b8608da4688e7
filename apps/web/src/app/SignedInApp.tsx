import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { errorMessage } from '../api/errors.ts';
import { useTRPC } from '../api/trpc.ts';
import { AppLayout } from './layout/AppLayout.tsx';
import { SessionContext } from './session.ts';
import { PluginNavigationSync } from '../plugins/PluginNavigationSync.tsx';
import { useOfflineQuery } from '../offline/use-offline-query.ts';
import { ForcedPasswordChange } from './ForcedPasswordChange.tsx';

/**
 * The gate to the signed-in app: asks auth.me once, sends anonymous visitors to the login page
 * (remembering where they were going) and provides the user to every page below.
 */
export default function SignedInApp() {
  const trpc = useTRPC();
  const { t } = useTranslation();
  const location = useLocation();
  // Permissions change only when an admin reassigns roles; a sign-in or reload picks that up.
  // Opened offline, the last answer of this session stands in (offline-capable pages).
  const me = useOfflineQuery('auth.me', { ...trpc.auth.me.queryOptions(), staleTime: 10 * 60_000 });

  if (me.isPending) {
    return (
      <div className="full-center" style={{ minHeight: '100vh' }}>
        <Spin size="large" />
      </div>
    );
  }
  if (me.isError) {
    return (
      <Result
        status="error"
        title={t('common.loadFailed')}
        subTitle={errorMessage(me.error, t)}
        extra={<Button type="primary" onClick={() => void me.query.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!me.data) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  // The server refuses everything else until the initial password is replaced (F15).
  if (me.data.mustChangePassword) return <ForcedPasswordChange onChanged={() => void me.query.refetch()} />;
  return (
    <SessionContext.Provider value={me.data}>
      <PluginNavigationSync />
      <AppLayout />
    </SessionContext.Provider>
  );
}
