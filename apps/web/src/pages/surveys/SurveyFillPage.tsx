import { answerProblems, submitSurveyInput } from '@duban/api/schemas';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Form, Input, Select, Skeleton } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { newIdempotencyKey, OfflineStatusBadge, SubmissionRejected, submitOffline, useOfflineQuery } from '../../offline/index.ts';
import { QuestionField } from './QuestionField.tsx';
import { SignaturePad } from '../../components/SignaturePad.tsx';
import { SurveysNav } from './SurveysNav.tsx';
import { useGeolocation } from './use-geolocation.ts';
import './surveys.css';

/** Fields that belong to one household; group, visit and village stay for the next door. */
const HOUSEHOLD_FIELDS = ['address', 'respondentName', 'phone', 'answers'];

/**
 * 填写入户调查, on a phone at the household's door. Works offline once opened online: the page
 * and its form definitions are kept on the device, and the survey goes through the offline queue
 * (uploaded later, exactly once, by its idempotency key).
 */
export default function SurveyFillPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const context = useOfflineQuery('survey.fillContext', { ...trpc.survey.fillContext.queryOptions(), staleTime: 5 * 60_000 });
  const geo = useGeolocation();
  const [signature, setSignature] = useState<string | null>(null);
  const [signatureMissing, setSignatureMissing] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  // One key per household survey, kept across retries of that survey, renewed for the next.
  const key = useRef(newIdempotencyKey());

  const ctx = context.data;
  const { form, rule, validate, showError } = useZodForm(submitSurveyInput);
  const formId = Form.useWatch('formId', form) as string | undefined;
  const groupId = Form.useWatch('groupId', form) as string | undefined;
  const visitId = Form.useWatch('visitId', form) as string | undefined;
  const townshipId = Form.useWatch('townshipId', form) as string | undefined;
  const surveyForm = ctx?.forms.find((f) => f.id === formId) ?? ctx?.forms[0];
  const visits = useMemo(() => ctx?.visits.filter((v) => v.groupId === groupId) ?? [], [ctx, groupId]);
  const visit = visits.find((v) => v.id === visitId);
  // On a visit to a township, its villages; otherwise any township's.
  const townships = useMemo(() => (visit && visit.orgUnit.level === 'township' ? ctx?.townships.filter((x) => x.id === visit.orgUnit.id) : ctx?.townships) ?? [], [ctx, visit]);
  const villages = townships.find((x) => x.id === townshipId)?.villages ?? (townships.length === 1 ? townships[0]!.villages : []);

  const submit = async () => {
    if (!surveyForm) return;
    // Unanswered optional questions are left out, not sent as empty values.
    const answers = Object.fromEntries(
      Object.entries((form.getFieldValue('answers') ?? {}) as Record<string, unknown>).filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)),
    );
    const fieldsOk = await form.validateFields().then(() => true, () => false);
    setSignatureMissing(!signature);
    if (!fieldsOk || !signature) {
      if (!signature) message.error(t('surveys.fill.signatureRequired'));
      return;
    }
    const problems = answerProblems(surveyForm.questions, answers);
    if (problems.length) return void message.error(`${problems[0]!.label}:${problems[0]!.message}`);
    const gps = geo.state.status === 'ok' ? { latitude: geo.state.latitude, longitude: geo.state.longitude, accuracyMeters: geo.state.accuracy } : {};
    const input = await validate({
      idempotencyKey: key.current, formVersionId: surveyForm.versionId, signaturePngBase64: signature, capturedAt: new Date().toISOString(), answers, visitId: visitId ?? null, ...gps,
    });
    if (!input) return;
    setSubmitting(true);
    try {
      const result = await submitOffline({ procedure: 'survey.submit', input, idempotencyKey: input.idempotencyKey });
      if (result.status === 'sent') {
        message.success(`${t('surveys.fill.sent')},${t('surveys.fill.next')}`);
        await queryClient.invalidateQueries({ queryKey: trpc.survey.list.queryKey() });
      } else {
        message.info(t('surveys.fill.queued'));
      }
      key.current = newIdempotencyKey();
      form.resetFields(HOUSEHOLD_FIELDS);
      setSignature(null);
    } catch (error) {
      showError(error instanceof SubmissionRejected ? error.error : error);
    } finally {
      setSubmitting(false);
    }
  };

  const header = <PageHeader title={t('surveys.fill.title')} subtitle={t('surveys.fill.subtitle')} extra={<div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}><OfflineStatusBadge /><SurveysNav /></div>} />;
  if (context.isPending) return <>{header}<Skeleton active /></>;
  if (context.isError || !ctx) return <>{header}<QueryError error={context.error} onRetry={() => void context.query.refetch()} /></>;
  if (ctx.groups.length === 0) return <>{header}<Empty description={t('surveys.fill.noGroups')} /></>;
  if (ctx.forms.length === 0) return <>{header}<Empty description={t('surveys.fill.noForms')} /></>;

  const firstVisit = ctx.visits.find((v) => v.groupId === ctx.groups[0]!.id);
  return (
    <>
      {header}
      {context.fromSnapshot && <Alert type="info" showIcon title={t('offline.savedCopy')} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        className="survey-fill"
        initialValues={{ formId: ctx.forms[0]!.id, groupId: ctx.groups[0]!.id, visitId: firstVisit?.id, townshipId: firstVisit?.orgUnit.level === 'township' ? firstVisit.orgUnit.id : undefined }}
        onValuesChange={(changed: Record<string, unknown>) => {
          if ('groupId' in changed) form.setFieldsValue({ visitId: undefined, townshipId: undefined, villageId: undefined });
          if ('visitId' in changed) {
            const v = ctx.visits.find((x) => x.id === changed.visitId);
            form.setFieldsValue({ townshipId: v?.orgUnit.level === 'township' ? v.orgUnit.id : undefined, villageId: undefined });
          }
          if ('townshipId' in changed) form.setFieldsValue({ villageId: undefined });
          if ('formId' in changed) form.resetFields(['answers']);
        }}
      >
        <Card size="small" variant="borderless">
          <Form.Item name="formId" label={t('surveys.fields.form')} required>
            <Select data-testid="survey-form" options={ctx.forms.map((f) => ({ value: f.id, label: f.title }))} />
          </Form.Item>
          <Form.Item name="groupId" label={t('surveys.fields.group')} required rules={[rule]}>
            <Select data-testid="survey-group" options={ctx.groups.map((g) => ({ value: g.id, label: `${g.name}(${g.year})` }))} />
          </Form.Item>
          <Form.Item name="visitId" label={t('surveys.fields.visit')}>
            <Select data-testid="survey-visit" allowClear placeholder={t('surveys.fill.noVisit')} options={visits.map((v) => ({ value: v.id, label: v.title }))} />
          </Form.Item>
          <Form.Item name="townshipId" label={t('surveys.fields.township')} required rules={[{ required: true, message: t('form.required') }]}>
            <Select data-testid="survey-township" showSearch optionFilterProp="label" placeholder={t('surveys.fill.pickVillage')} options={townships.map((x) => ({ value: x.id, label: x.name }))} />
          </Form.Item>
          <Form.Item name="villageId" label={t('surveys.fields.village')} required rules={[rule]}>
            <Select data-testid="survey-village" showSearch optionFilterProp="label" options={villages.map((v) => ({ value: v.id, label: v.name }))} />
          </Form.Item>
        </Card>

        <Card size="small" variant="borderless">
          <Form.Item name="address" label={t('surveys.fields.address')} required rules={[rule]}>
            <Input maxLength={120} data-testid="survey-address" />
          </Form.Item>
          <Form.Item name="respondentName" label={t('surveys.fields.respondent')} required rules={[rule]}>
            <Input maxLength={30} data-testid="survey-respondent" />
          </Form.Item>
          <Form.Item name="phone" label={t('surveys.fields.phone')} required rules={[rule]} extra={t('surveys.fill.phoneHint')}>
            <Input inputMode="tel" maxLength={20} data-testid="survey-phone" />
          </Form.Item>
        </Card>

        {surveyForm && (
          <Card size="small" variant="borderless" title={t('surveys.fill.questions')}>
            {surveyForm.questions.map((q, i) => <QuestionField key={`${surveyForm.id}:${q.key}`} question={q} index={i} />)}
          </Card>
        )}

        <Card size="small" variant="borderless" title={t('surveys.fields.signature')}>
          <SignaturePad value={signature} onChange={(png) => { setSignature(png); if (png) setSignatureMissing(false); }} invalid={signatureMissing} label={t('surveys.fill.signHere')} clearLabel={t('surveys.fill.clear')} />
          <div className="gps-line" style={{ marginTop: 12 }} data-testid="survey-gps">
            <span>{t('surveys.fields.gps')}:</span>
            {geo.state.status === 'locating' && <span>{t('surveys.fill.locating')}</span>}
            {geo.state.status === 'ok' && <span>{t('surveys.fill.located', { accuracy: geo.state.accuracy })}</span>}
            {geo.state.status === 'error' && <span className="muted">{t('surveys.fill.noGps', { reason: geo.state.reason })}</span>}
            {geo.state.status === 'unsupported' && <span className="muted">{t('surveys.fill.gpsUnsupported')}</span>}
            {geo.state.status !== 'locating' && geo.state.status !== 'unsupported' && <Button size="small" type="link" onClick={geo.locate}>{t('surveys.fill.locate')}</Button>}
          </div>
        </Card>

        <div className="survey-fill-actions">
          <Button type="primary" size="large" block loading={submitting} onClick={() => void submit()} data-testid="survey-submit">
            {t('surveys.fill.submit')}
          </Button>
        </div>
      </Form>
    </>
  );
}
