import { parseChecklistTemplate, type NormalizedItem } from '@duban/api/schemas';
import { Button, Descriptions, Drawer, Space, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../tasks/deadline.tsx';
import { EvidenceImage } from './EvidenceImage.tsx';
import type { FindingSource } from './FindingModal.tsx';
import { bi, type RecordView, type VisitDetail } from './types.ts';

type ItemResult = { shown: boolean; answered: boolean; passed: boolean | null; score: number; maxScore: number; reason?: string };

function answerText(item: NormalizedItem, value: unknown, language: string, yes: string, no: string): string {
  if (value === undefined || value === null) return '—';
  const option = (v: string) => bi(item.options.find((o) => o.value === v)?.label, language) || v;
  switch (item.type) {
    case 'yesNo': return value ? yes : no;
    case 'number': return `${String(value)}${item.unit ?? ''}`;
    case 'choice': return option(String(value));
    case 'multiChoice': return (value as string[]).map(option).join('、') || '—';
    case 'gps': { const g = value as { lat: number; lng: number }; return `${g.lat.toFixed(5)}, ${g.lng.toFixed(5)}`; }
    case 'photo': case 'signature': return '';
    default: return String(value);
  }
}

/**
 * 证据查看: a record as filled — every shown item with its answer and verdict, the photos with
 * their EXIF time/place and hash, the signature, where and when the form was filled — and, for
 * the group, the way to correct it or hand a failed item over.
 */
export function RecordDrawer({ visit, record, onClose, onHandOver }: { visit: VisitDetail; record: RecordView; onClose: () => void; onHandOver: (s: FindingSource) => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const template = useMemo(() => parseChecklistTemplate(record.definition), [record.definition]);
  const results = record.evaluation as Record<string, ItemResult>;
  const answers = record.answers as Record<string, unknown>;
  const latest = !record.correctedById;
  const handedOver = new Set(visit.findings.filter((f) => f.recordId === record.id).map((f) => f.itemKey));
  return (
    <Drawer open width={Math.min(720, globalThis.innerWidth)} onClose={onClose} title={`${record.template.name} · ${t('inspections.record.version', { version: record.version })}`} data-testid="record-drawer">
      <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('inspections.record.result')}>
          <Space>
            <Tag color={record.passed ? 'green' : 'red'} data-testid="record-result">{record.passed ? t('inspections.record.passed') : t('inspections.record.failed')}</Tag>
            <span className="mono" data-testid="record-score">{record.score} / {record.maxScore}</span>
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('inspections.record.by')}>{record.submittedByName}</Descriptions.Item>
        <Descriptions.Item label={t('inspections.record.capturedAt')}>{formatDateTime(record.capturedAt)}({t('inspections.record.submittedAt')} {formatDateTime(record.submittedAt)})</Descriptions.Item>
        <Descriptions.Item label={t('inspections.record.gps')}>
          <span data-testid="record-gps">{record.latitude !== null && record.longitude !== null ? `${record.latitude.toFixed(5)}, ${record.longitude.toFixed(5)}${record.accuracyMeters !== null ? ` ±${Math.round(record.accuracyMeters)}m` : ''}` : t('inspections.record.noGps')}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('inspections.record.templateVersion')}>{t('inspections.record.version', { version: record.templateVersion })}</Descriptions.Item>
        {record.correctionNote && <Descriptions.Item label={t('inspections.record.correctionNote')}>{record.correctionNote}</Descriptions.Item>}
        {!latest && <Descriptions.Item label={t('inspections.record.superseded')}><Tag>{t('inspections.record.supersededHint')}</Tag></Descriptions.Item>}
      </Descriptions>
      {template.sections.map((section) => (
        <section key={section.key} className="record-section">
          {section.title && <h3>{bi(section.title, i18n.language)}</h3>}
          {section.items.filter((item) => results[item.key]?.shown !== false).map((item) => {
            const r = results[item.key];
            const files = record.files.filter((f) => f.itemKey === item.key);
            return (
              <div key={item.key} className="record-item" data-testid={`record-item-${item.key}`}>
                <div className="record-item-head">
                  <span>{bi(item.label, i18n.language)}</span>
                  <Space size={4}>
                    {r?.passed === true && <Tag color="green">{t('inspections.record.itemPassed')}</Tag>}
                    {r?.passed === false && <Tag color="red">{t('inspections.record.itemFailed')}</Tag>}
                    {r && r.maxScore > 0 && <span className="mono muted">{r.score}/{r.maxScore}</span>}
                  </Space>
                </div>
                <div className="record-item-answer">{answerText(item, answers[item.key], i18n.language, t('inspections.fill.yes'), t('inspections.fill.no'))}</div>
                {r?.reason && <div className="record-item-reason">{r.reason}</div>}
                {files.length > 0 && <div className="evidence-grid">{files.map((f) => <EvidenceImage key={f.id} recordId={record.id} file={f} />)}</div>}
                {r?.passed === false && latest && visit.can.handOver && (
                  handedOver.has(item.key)
                    ? <Tag color="purple">{t('inspections.record.handedOver')}</Tag>
                    : <Button size="small" danger onClick={() => onHandOver({ visitId: visit.id, recordId: record.id, itemKey: item.key, itemLabel: bi(item.label, i18n.language), reason: r.reason })} data-testid={`handover-item-${item.key}`}>{t('inspections.record.handOver')}</Button>
                )}
              </div>
            );
          })}
        </section>
      ))}
      {latest && visit.can.correct && (
        <Button onClick={() => void navigate(`/inspections/visits/${visit.id}/fill/${record.template.id}?correct=${record.id}`)} data-testid="record-correct">{t('inspections.record.correct')}</Button>
      )}
    </Drawer>
  );
}
