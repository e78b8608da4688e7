import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** Shown by the route guard in place of a page the user's roles do not open (HTTP 403 in spirit). */
export default function ForbiddenPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div data-testid="forbidden" style={{ background: '#fff', borderRadius: 8, padding: '32px 0' }}>
      <Result
        status="403"
        title={t('forbidden.title')}
        subTitle={t('forbidden.subtitle')}
        extra={<Button type="primary" onClick={() => void navigate('/')}>{t('forbidden.home')}</Button>}
      />
    </div>
  );
}
