import './inspections.css';
import { evaluateChecklist, parseChecklistTemplate } from '@duban/api/schemas';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Input, Result, Space, Tag } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/errors.ts';
import { useTRPC } from '../../api/trpc.ts';
import { QueryError } from '../../components/QueryError.tsx';
import { newIdempotencyKey, OfflineStatusBadge, SubmissionRejected, useOfflineQuery } from '../../offline/index.ts';
import { ChecklistField, type PhotoDraft } from './ChecklistField.tsx';
import { submitRecord } from './submit-record.ts';
import { bi } from './types.ts';
import { usePosition } from './use-position.ts';

/**
 * 现场填写检查表 on a phone: one column, large controls, conditional items appearing as they
 * apply, the verdict and score as the form is filled (the server's own evaluation code), photos
 * sent unaltered (EXIF kept), a signature, the phone's position. Submitted through the offline
 * queue with one idempotency key per form, so a retry never makes a second record.
 */
export default function ChecklistFillPage() {
  const { id: visitId = '', templateId = '' } = useParams();
  const [search] = useSearchParams();
  const correcting = search.get('correct');
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const visit = useOfflineQuery(`inspection.getVisit:${visitId}`, trpc.inspection.getVisit.queryOptions({ visitId }));
  const form = visit.data?.forms.find((f) => f.templateId === templateId);
  const template = useMemo(() => (form ? parseChecklistTemplate(form.definition) : null), [form]);
  const previous = correcting ? visit.data?.records.find((r) => r.id === correcting) : undefined;
  const [values, setValues] = useState<Record<string, unknown>>({});
  const [photos, setPhotos] = useState<Record<string, PhotoDraft[]>>({});
  const [note, setNote] = useState('');
  const [showProblems, setShowProblems] = useState(false);
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<'sent' | 'queued' | null>(null);
  const key = useRef(newIdempotencyKey());
  const { state: geo, locate } = usePosition();
  const position = geo.status === 'ok' ? geo.position : null;

  // A correction starts from the corrected record's answers (photos and signature are taken anew).
  useEffect(() => {
    if (!previous || !template) return;
    const kept: Record<string, unknown> = {};
    for (const s of template.sections) for (const item of s.items) {
      if (item.type !== 'photo' && item.type !== 'signature') kept[item.key] = (previous.answers as Record<string, unknown>)[item.key];
    }
    setValues(kept);
  }, [previous, template]);

  // What the server will judge: photos and signatures are named by their file references.
  const answers = useMemo(() => {
    const out: Record<string, unknown> = { ...values };
    if (template) for (const s of template.sections) for (const item of s.items) {
      if (item.type === 'photo') out[item.key] = (photos[item.key] ?? []).map((p) => p.ref);
      if (item.type === 'signature') out[item.key] = values[item.key] ? `sig-${item.key}` : undefined;
    }
    return out;
  }, [values, photos, template]);
  const evaluation = useMemo(() => (template ? evaluateChecklist(template, answers) : null), [template, answers]);

  if (visit.isError) return <QueryError error={visit.query.error} onRetry={() => void visit.query.refetch()} />;
  if (!visit.data || !template || !form || !evaluation) return <Card loading={visit.isPending} variant="borderless">{!visit.isPending && t('inspections.fill.noForm')}</Card>;
  const v = visit.data;

  if (outcome) {
    return (
      <Result
        status={outcome === 'sent' ? 'success' : 'info'}
        title={outcome === 'sent' ? t('inspections.fill.sent') : t('inspections.fill.queued')}
        extra={<Link to={`/inspections/visits/${v.id}`} data-testid="fill-back">{t('inspections.fill.backToVisit')}</Link>}
        data-testid="fill-outcome"
      />
    );
  }

  const submit = async () => {
    if (evaluation.problems.length) {
      setShowProblems(true);
      window.scrollTo({ top: 0, behavior: 'smooth' });
      return;
    }
    setSending(true);
    try {
      const result = await submitRecord({
        idempotencyKey: key.current, visitId: v.id, templateVersionId: form.templateVersionId, template, values, photos, answers,
        position, previousId: previous?.id ?? null, correctionNote: correcting ? note : null,
      });
      if (result.status === 'sent') await queryClient.invalidateQueries({ queryKey: trpc.inspection.pathKey() });
      setOutcome(result.status);
    } catch (error) {
      void message.error(errorMessage(error instanceof SubmissionRejected ? error.error : error, t), 6);
    } finally {
      setSending(false);
    }
  };

  return (
    <div className="fill-page" data-testid="fill-page">
      <div className="fill-head">
        <Button type="link" onClick={() => void navigate(`/inspections/visits/${v.id}`)} style={{ paddingLeft: 0 }}>← {v.orgUnit.name}</Button>
        <OfflineStatusBadge />
      </div>
      <h1 className="fill-title">{form.name}</h1>
      <div className="fill-sub muted">
        {v.title} · {t('inspections.record.version', { version: form.version })}
        {visit.fromSnapshot && <Tag color="orange" style={{ marginLeft: 8 }}>{t('offline.savedCopy')}</Tag>}
      </div>
      <div className="fill-gps muted" data-testid="fill-gps">
        {geo.status === 'locating' && t('inspections.fill.locating')}
        {geo.status === 'ok' && t('inspections.fill.located', { accuracy: geo.position.accuracy })}
        {(geo.status === 'error' || geo.status === 'unsupported') && (
          <span>{t('inspections.fill.noGps')} <Button size="small" type="link" onClick={locate}>{t('inspections.fill.retryGps')}</Button></span>
        )}
      </div>
      {showProblems && evaluation.problems.length > 0 && (
        <Alert type="error" showIcon style={{ margin: '12px 0' }} data-testid="fill-problems" title={t('inspections.fill.problems')}
          description={<ul className="fill-problem-list">{evaluation.problems.map((p) => <li key={p.itemKey}>{p.message}</li>)}</ul>} />
      )}
      {previous && (
        <Card size="small" className="fill-section" title={t('inspections.fill.correcting', { version: previous.version })}>
          <Input.TextArea value={note} onChange={(e) => setNote(e.target.value)} placeholder={t('inspections.fill.correctionNote')} maxLength={500} data-testid="fill-correction-note" />
        </Card>
      )}
      {template.sections.map((section) => (
        <Card key={section.key} size="small" className="fill-section" title={section.title ? bi(section.title, i18n.language) : undefined}>
          {section.items.filter((item) => evaluation.items[item.key]?.shown).map((item) => {
            const r = evaluation.items[item.key]!;
            const problem = showProblems ? evaluation.problems.find((p) => p.itemKey === item.key) : undefined;
            return (
              <div key={item.key} className={`fill-item${problem ? ' has-problem' : ''}`} data-testid={`fill-item-${item.key}`}>
                <div className="fill-label">
                  <span>{item.required && <span className="fill-required">*</span>}{bi(item.label, i18n.language)}</span>
                  {r.passed === true && <Tag color="green">{t('inspections.record.itemPassed')}</Tag>}
                  {r.passed === false && <Tag color="red" data-testid={`fill-failed-${item.key}`}>{t('inspections.record.itemFailed')}</Tag>}
                </div>
                {item.hint && <div className="fill-hint muted">{bi(item.hint, i18n.language)}</div>}
                <ChecklistField
                  item={item} value={values[item.key]} onChange={(value) => setValues((s) => ({ ...s, [item.key]: value }))}
                  photos={photos[item.key] ?? []} onPhotos={(list) => setPhotos((s) => ({ ...s, [item.key]: list }))}
                  position={position} onLocate={locate} onTooBig={(name) => void message.error(t('inspections.fill.tooBig', { name }))}
                />
                {r.reason && <div className="fill-reason">{r.reason}</div>}
                {problem && <div className="fill-problem">{problem.message}</div>}
              </div>
            );
          })}
        </Card>
      ))}
      <div className="fill-bar">
        <Space>
          <Tag color={evaluation.passed ? 'green' : 'red'} data-testid="fill-verdict">{evaluation.passed ? t('inspections.record.passed') : t('inspections.record.failed')}</Tag>
          <span className="mono" data-testid="fill-score">{evaluation.score} / {evaluation.maxScore}</span>
        </Space>
        <Button type="primary" size="large" loading={sending} onClick={() => void submit()} data-testid="fill-submit">{t('inspections.fill.submit')}</Button>
      </div>
    </div>
  );
}
