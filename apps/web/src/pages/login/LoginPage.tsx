import { loginInput } from '@duban/api/schemas';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/errors.ts';
import { takeSessionExpired } from '../../api/query-client.ts';
import { useTRPC } from '../../api/trpc.ts';
import { IconKey, IconUser } from '../../app/icons.tsx';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { LogoMark } from '../../components/LogoMark.tsx';
import { useZodForm } from '../../forms/use-zod-form.ts';
import './login.css';

/** Only same-app paths are followed after sign-in (never another origin). */
const safeNext = (next: string | null) => (next && next.startsWith('/') && !next.startsWith('//') ? next : '/');

export default function LoginPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [expired] = useState(takeSessionExpired);
  const [error, setError] = useState<string | null>(null);
  const { form, rule, validate } = useZodForm(loginInput);

  const me = useQuery(trpc.auth.me.queryOptions());
  const login = useMutation(trpc.auth.login.mutationOptions());

  // Already signed in (e.g. a second tab): straight to the app.
  if (me.data) return <Navigate to={next} replace />;

  const submit = async () => {
    setError(null);
    const input = await validate();
    if (!input) return;
    login.mutate(input, {
      onSuccess: async () => {
        // A new session: drop anything cached under the previous one, then load the new user.
        queryClient.clear();
        await queryClient.fetchQuery(trpc.auth.me.queryOptions());
        await navigate(next, { replace: true });
      },
      onError: (e) => {
        setError(errorMessage(e, t));
        form.setFieldValue('password', '');
      },
    });
  };

  return (
    <div className="login-page">
      <div className="login-lang">
        <LanguageSwitch size="small" />
      </div>
      <div className="login-brand">
        <LogoMark large />
        <div>
          <div className="login-brand-name">{t('app.name')}</div>
          <div className="login-brand-sub">{t('app.fullName')}</div>
        </div>
      </div>
      <Card className="login-card" cover={<div className="login-bar" />} styles={{ body: { padding: '28px 32px 24px' } }}>
        <h2>{t('login.title')}</h2>
        <p className="login-hint">{t('login.subtitle')}</p>
        {(error || expired) && (
          <Alert type={error ? 'error' : 'warning'} showIcon title={error ?? t('login.sessionExpired')} style={{ marginBottom: 16 }} />
        )}
        <Form form={form} layout="vertical" size="large" onFinish={() => void submit()} requiredMark={false}>
          <Form.Item name="username" label={t('login.username')} rules={[rule]} validateTrigger="onBlur">
            <Input
              data-testid="login-username"
              prefix={<IconUser style={{ color: '#8a94a6' }} />}
              placeholder={t('login.usernamePlaceholder')}
              autoComplete="username"
              autoFocus
            />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[rule]} validateTrigger="onBlur">
            <Input.Password
              data-testid="login-password"
              prefix={<IconKey style={{ color: '#8a94a6' }} />}
              placeholder={t('login.passwordPlaceholder')}
              autoComplete="current-password"
            />
          </Form.Item>
          <Button data-testid="login-submit" type="primary" htmlType="submit" block loading={login.isPending} style={{ marginTop: 8 }}>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
      <div className="login-notice">{t('login.notice')}</div>
    </div>
  );
}
