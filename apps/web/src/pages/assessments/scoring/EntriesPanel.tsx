import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/errors.ts';
import { useTRPC } from '../../../api/trpc.ts';
import { IconPlus } from '../../../app/icons.tsx';
import { formatDate } from '../../tasks/deadline.tsx';
import { EvidenceList } from '../EvidenceItem.tsx';
import type { EntryView, PlanDetail, ScoringSheet } from '../types.ts';
import { useAssessmentInvalidate } from '../use-assessment-invalidate.ts';
import { RecordEntryModal } from './RecordEntryModal.tsx';
import { RecordProblemModal } from './RecordProblemModal.tsx';

/** 扣分与加分: occurrences and bonus points recorded against items, each with its reason and proof. */
export function EntriesPanel({ plan, sheet }: { plan: PlanDetail; sheet: ScoringSheet }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const invalidate = useAssessmentInvalidate();
  const [recording, setRecording] = useState(false);
  const [problem, setProblem] = useState(false);
  const remove = useMutation(trpc.assessment.removeEntry.mutationOptions());
  const unitOf = new Map(sheet.units.map((u) => [u.orgUnitId, u]));
  const indicatorOf = new Map(sheet.indicators.map((i) => [i.key, i]));
  const hasEntryItems = sheet.indicators.some((i) => i.method === 'deduction' || i.method === 'bonus');

  return (
    <Card
      variant="borderless"
      title={t('assessments.entries.title')}
      extra={
        sheet.editable && (
          <Space>
            <Button size="small" onClick={() => setProblem(true)} data-testid="problem-record">{t('assessments.problems.record')}</Button>
            {hasEntryItems && <Button size="small" type="primary" icon={<IconPlus />} onClick={() => setRecording(true)} data-testid="entry-record">{t('assessments.entries.record')}</Button>}
          </Space>
        )
      }
    >
      <Table<EntryView>
        rowKey="id"
        size="small"
        dataSource={sheet.entries}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t('assessments.entries.empty') }}
        data-testid="entry-list"
        columns={[
          { key: 'unit', title: t('assessments.units.unit'), width: 110, render: (_, e) => unitOf.get(e.orgUnitId)?.name ?? '—' },
          { key: 'indicator', title: t('assessments.entries.indicator'), width: 150, render: (_, e) => indicatorOf.get(e.indicatorKey)?.name ?? e.indicatorKey },
          {
            key: 'amount',
            title: t('assessments.entries.amount'),
            width: 110,
            render: (_, e) =>
              e.kind === 'deduction' ? <Tag color="red">{t('assessments.entries.times', { count: e.count })}</Tag> : <Tag color="green">+{e.points}</Tag>,
          },
          {
            key: 'note',
            title: t('assessments.entries.note'),
            render: (_, e) => {
              const unit = unitOf.get(e.orgUnitId);
              return (
                <div>
                  <div>{e.note}</div>
                  {unit && <EvidenceList assessmentUnitId={unit.assessmentUnitId} evidence={e.evidence} />}
                </div>
              );
            },
          },
          { key: 'date', title: t('assessments.entries.date'), width: 100, render: (_, e) => <span className="mono">{formatDate(e.createdAt)}</span> },
          ...(sheet.editable
            ? [
                {
                  key: 'ops',
                  width: 60,
                  render: (_: unknown, e: EntryView) => (
                    <Popconfirm
                      title={t('assessments.entries.removeConfirm')}
                      okText={t('common.delete')}
                      cancelText={t('common.cancel')}
                      onConfirm={() =>
                        remove.mutateAsync({ planId: plan.id, entryId: e.id }).then(
                          () => invalidate(),
                          (error) => void message.error(errorMessage(error, t)),
                        )
                      }
                    >
                      <Button type="link" danger size="small">{t('common.delete')}</Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      {recording && <RecordEntryModal plan={plan} sheet={sheet} onClose={() => setRecording(false)} />}
      {problem && <RecordProblemModal plan={plan} sheet={sheet} onClose={() => setProblem(false)} />}
    </Card>
  );
}
