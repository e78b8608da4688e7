import { Button, Card, Col, Empty, List, Row, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../tasks/deadline.tsx';
import { SetAssessorsModal } from './SetAssessorsModal.tsx';
import type { PlanDetail, PlanUnit } from './types.ts';

/** 被考核单位与考核组: who is assessed (by peer group, with their self-check) and who scores. */
export function UnitsTab({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const [editingPanel, setEditingPanel] = useState(false);
  const groups = useMemo(() => [...new Set(plan.units.map((u) => u.peerGroup))], [plan.units]);
  const submitted = plan.units.filter((u) => u.selfCheckSubmittedAt).length;

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={16}>
        <Card
          variant="borderless"
          title={t('assessments.units.title')}
          extra={<span className="muted">{t('assessments.units.selfCheckProgress', { done: submitted, total: plan.units.length })}</span>}
        >
          <Table<PlanUnit>
            rowKey="assessmentUnitId"
            size="small"
            data-testid="unit-list"
            dataSource={plan.units}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            locale={{ emptyText: t('assessments.units.empty') }}
            columns={[
              { key: 'name', title: t('assessments.units.unit'), render: (_, u) => u.orgUnit.name },
              {
                key: 'group',
                title: t('assessments.fields.peerGroup'),
                width: 150,
                filters: groups.map((g) => ({ text: g, value: g })),
                onFilter: (value, u) => u.peerGroup === value,
                render: (_, u) => <Tag>{u.peerGroup}</Tag>,
              },
              {
                key: 'selfCheck',
                title: t('assessments.units.selfCheck'),
                width: 200,
                render: (_, u) => (u.selfCheckSubmittedAt ? <span className="mono">{formatDateTime(u.selfCheckSubmittedAt)}</span> : <span className="muted">{t('assessments.units.notSubmitted')}</span>),
              },
              { key: 'open', width: 100, render: (_, u) => <Link to={`/assessments/self-check/${u.assessmentUnitId}`}>{t('assessments.units.viewSelfCheck')}</Link> },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <Card
          variant="borderless"
          title={t('assessments.units.panel')}
          extra={plan.actions.includes('setAssessors') && <Button size="small" onClick={() => setEditingPanel(true)} data-testid="assessors-edit">{t('common.edit')}</Button>}
        >
          {plan.assessors.length === 0 ? (
            <Empty description={t('assessments.units.noPanel')} />
          ) : (
            <List
              size="small"
              data-testid="assessor-list"
              dataSource={plan.assessors}
              renderItem={(a) => (
                <List.Item>
                  {a.name} <span className="muted mono">{a.username}</span>
                </List.Item>
              )}
            />
          )}
          <p className="muted asm-rule-note">{t('assessments.units.panelHint')}</p>
        </Card>
      </Col>
      {editingPanel && <SetAssessorsModal plan={plan} onClose={() => setEditingPanel(false)} />}
    </Row>
  );
}
