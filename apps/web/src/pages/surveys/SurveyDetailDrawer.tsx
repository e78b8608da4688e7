import { useQuery } from '@tanstack/react-query';
import { Descriptions, Drawer, Image, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';
import { QueryError } from '../../components/QueryError.tsx';
import { formatDateTime } from './period.ts';
import { RevealPhone } from './RevealPhone.tsx';
import type { SurveyQuestion } from './types.ts';

function Answer({ question: q, value }: { question: SurveyQuestion; value: unknown }) {
  const { t } = useTranslation();
  if (value === undefined || value === null) return <span className="muted">—</span>;
  if (typeof value === 'boolean') return <>{value ? t('surveys.yes') : t('surveys.no')}</>;
  if (Array.isArray(value)) return <>{value.map((v) => <Tag key={String(v)}>{String(v)}</Tag>)}</>;
  if (q.type === 'satisfaction') return <>{t(`surveys.satisfaction.${String(value)}`)}</>;
  return <>{String(value)}</>;
}

/** One survey: who, where, when, its answers (against the form version it was filled with) and the signature. */
export function SurveyDetailDrawer({ surveyId, onClose }: { surveyId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const detail = useQuery(trpc.survey.get.queryOptions({ surveyId }));
  const signature = useQuery(trpc.survey.signature.queryOptions({ surveyId }));
  const s = detail.data;
  return (
    <Drawer open title={t('surveys.list.detail')} onClose={onClose} size={560} destroyOnHidden data-testid="survey-detail">
      {detail.error && <QueryError error={detail.error} onRetry={() => void detail.refetch()} />}
      {!s ? <Skeleton active /> : (
        <>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('surveys.fields.respondent')}>{s.respondentName}</Descriptions.Item>
            <Descriptions.Item label={t('surveys.fields.phone')}><RevealPhone surveyId={s.id} masked={s.phoneMasked} canReveal={s.canReveal} /></Descriptions.Item>
            <Descriptions.Item label={t('surveys.fields.address')}>{s.township.name} {s.village.name} {s.address}</Descriptions.Item>
            <Descriptions.Item label={t('surveys.fields.group')}>{s.group.name}{s.visit ? ` · ${s.visit.title}` : ''}</Descriptions.Item>
            <Descriptions.Item label={t('surveys.fields.surveyor')}>{s.submittedByName}</Descriptions.Item>
            <Descriptions.Item label={t('surveys.fields.capturedAt')}>{formatDateTime(s.capturedAt)} <span className="muted">({t('surveys.fields.submittedAt')} {formatDateTime(s.submittedAt)})</span></Descriptions.Item>
            <Descriptions.Item label={t('surveys.fields.gps')}>
              {s.latitude !== null && s.longitude !== null
                ? <span className="mono">{s.latitude.toFixed(5)}, {s.longitude.toFixed(5)} {s.accuracyMeters !== null && <span className="muted">{t('surveys.list.accuracy', { accuracy: Math.round(s.accuracyMeters) })}</span>}</span>
                : <span className="muted">{t('surveys.list.noGps')}</span>}
            </Descriptions.Item>
            <Descriptions.Item label={t('surveys.fields.form')}>{s.formVersion.form.title} <span className="muted">{t('surveys.list.version', { version: s.formVersion.version })}</span></Descriptions.Item>
            {s.callback && (
              <Descriptions.Item label={t('surveys.fields.callback')}>
                {s.callback.outcome ? t(`surveys.callbacks.outcomes.${s.callback.outcome}`) : t('surveys.callbacks.pending')}
                {s.callback.note && <div className="muted">{s.callback.note}</div>}
              </Descriptions.Item>
            )}
          </Descriptions>
          <h3 style={{ margin: '20px 0 8px' }}>{t('surveys.fields.answers')}</h3>
          <Descriptions column={1} size="small" bordered>
            {s.questions.map((q, i) => (
              <Descriptions.Item key={q.key} label={`${i + 1}. ${q.label}`}><Answer question={q} value={s.answers[q.key]} /></Descriptions.Item>
            ))}
          </Descriptions>
          <h3 style={{ margin: '20px 0 8px' }}>{t('surveys.fields.signature')}</h3>
          {signature.data ? <Image className="survey-signature" src={`data:${signature.data.contentType};base64,${signature.data.base64}`} alt={t('surveys.fields.signature')} /> : signature.error ? <QueryError error={signature.error} /> : <Skeleton.Image active />}
        </>
      )}
    </Drawer>
  );
}
