import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { errorMessage, zodIssuesOf } from '../../api/errors.ts';
import { takeSessionExpired } from '../../api/query-client.ts';
import { useTRPC } from '../../api/trpc.ts';
import { IconEye, IconEyeOff, IconKey, IconUser } from '../../app/icons.tsx';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { LogoMark } from '../../components/LogoMark.tsx';
import type { LoginField, LoginValues } from './validate-login.ts';
import './login.css';

/** Only same-app paths are followed after sign-in (never another origin). */
const safeNext = (next: string | null) => (next && next.startsWith('/') && !next.startsWith('//') ? next : '/');

// The first screen of every visit, so it is built from plain elements and CSS, without antd or
// zod: the login page's first load stays within issue 13's budget. The login schema (the server's
// rule, in the user's language) arrives right after the first paint.
const loadCheck = () => import('./validate-login.ts');

export default function LoginPage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [expired] = useState(takeSessionExpired);
  const [error, setError] = useState<string | null>(null);
  const [values, setValues] = useState<LoginValues>({ username: '', password: '' });
  const [passwordShown, setPasswordShown] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<LoginField, string>>>({});
  const valuesRef = useRef(values);
  valuesRef.current = values;

  const me = useQuery(trpc.auth.me.queryOptions());
  const login = useMutation(trpc.auth.login.mutationOptions());

  useEffect(() => void loadCheck(), []);

  /** Checks the given fields (all when none are named) and shows their messages. */
  const check = async (fields?: LoginField[]) => {
    const { checkLogin } = await loadCheck();
    const result = checkLogin(valuesRef.current);
    const shown = (f: LoginField) => !fields || fields.includes(f);
    setFieldErrors((prev) => {
      const nextErrors = { ...prev };
      for (const f of ['username', 'password'] as const) {
        if (shown(f)) nextErrors[f] = result.ok ? undefined : result.errors[f];
      }
      return nextErrors;
    });
    return result.ok ? result.data : undefined;
  };

  // Messages on screen follow a language switch.
  useEffect(() => {
    const recheck = () => {
      const withErrors = (Object.keys(fieldErrors) as LoginField[]).filter((f) => fieldErrors[f]);
      if (withErrors.length) void check(withErrors);
    };
    i18n.on('languageChanged', recheck);
    return () => i18n.off('languageChanged', recheck);
  });

  // Already signed in (e.g. a second tab): straight to the app.
  if (me.data) return <Navigate to={next} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const input = await check();
    if (!input) return;
    login.mutate(input, {
      onSuccess: async () => {
        // A new session: drop anything cached under the previous one, then load the new user.
        queryClient.clear();
        await queryClient.fetchQuery(trpc.auth.me.queryOptions());
        await navigate(next, { replace: true });
      },
      onError: (e) => {
        const issues = zodIssuesOf(e);
        if (issues.length) setFieldErrors(Object.fromEntries(issues.map((i) => [i.path.join('.'), i.message])));
        else setError(errorMessage(e, t));
        setValues((v) => ({ ...v, password: '' }));
      },
    });
  };

  const field = (name: LoginField, label: string, input: { type: string; placeholder: string; autoComplete: string; icon: ReactNode; autoFocus?: boolean; suffix?: ReactNode }) => (
    <div className={fieldErrors[name] ? 'login-field has-error' : 'login-field'}>
      <label htmlFor={`login-${name}`}>{label}</label>
      <span className="login-input">
        {input.icon}
        <input
          id={`login-${name}`}
          name={name}
          data-testid={`login-${name}`}
          type={input.type}
          value={values[name]}
          placeholder={input.placeholder}
          autoComplete={input.autoComplete}
          autoFocus={input.autoFocus}
          aria-invalid={Boolean(fieldErrors[name])}
          aria-describedby={fieldErrors[name] ? `login-${name}-error` : undefined}
          onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
          onBlur={() => void check([name])}
        />
        {input.suffix}
      </span>
      {fieldErrors[name] && <div className="login-field-error" id={`login-${name}-error`} role="alert">{fieldErrors[name]}</div>}
    </div>
  );

  const notice = error ?? (expired ? t('login.sessionExpired') : null);
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
      <main className="login-card">
        <div className="login-bar" />
        <div className="login-card-body">
          <h2>{t('login.title')}</h2>
          <p className="login-hint">{t('login.subtitle')}</p>
          {notice && <div className={error ? 'login-alert error' : 'login-alert warning'} role="alert">{notice}</div>}
          <form noValidate onSubmit={(e) => void submit(e)}>
            {field('username', t('login.username'), { type: 'text', placeholder: t('login.usernamePlaceholder'), autoComplete: 'username', icon: <IconUser />, autoFocus: true })}
            {field('password', t('login.password'), {
              type: passwordShown ? 'text' : 'password', placeholder: t('login.passwordPlaceholder'), autoComplete: 'current-password', icon: <IconKey />,
              suffix: (
                <button type="button" className="login-reveal" onClick={() => setPasswordShown((v) => !v)} aria-pressed={passwordShown}
                  aria-label={t(passwordShown ? 'login.hidePassword' : 'login.showPassword')} title={t(passwordShown ? 'login.hidePassword' : 'login.showPassword')}>
                  {passwordShown ? <IconEye /> : <IconEyeOff />}
                </button>
              ),
            })}
            <button data-testid="login-submit" type="submit" className="login-submit" disabled={login.isPending} aria-busy={login.isPending}>
              {login.isPending && <span className="login-spinner" aria-hidden="true" />}
              {t('login.submit')}
            </button>
          </form>
        </div>
      </main>
      <div className="login-notice">{t('login.notice')}</div>
    </div>
  );
}
