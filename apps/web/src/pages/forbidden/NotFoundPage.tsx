import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** Any path inside the app that no page claims. */
export default function NotFoundPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div data-testid="not-found" style={{ background: '#fff', borderRadius: 8, padding: '32px 0' }}>
      <Result
        status="404"
        title={t('notFound.title')}
        subTitle={t('notFound.subtitle')}
        extra={<Button type="primary" onClick={() => void navigate('/')}>{t('forbidden.home')}</Button>}
      />
    </div>
  );
}
