import { Progress, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScoringSheet } from '../types.ts';

type Row = ScoringSheet['progress'][number] & { name: string; peerGroup: string };

/** For those who follow the scoring without being on the panel: how far the panel has got, per unit. */
export function PanelProgress({ sheet }: { sheet: ScoringSheet }) {
  const { t } = useTranslation();
  const units = new Map(sheet.units.map((u) => [u.orgUnitId, u]));
  const rows: Row[] = sheet.progress.map((p) => ({ ...p, name: units.get(p.orgUnitId)?.name ?? '—', peerGroup: units.get(p.orgUnitId)?.peerGroup ?? '' }));
  return (
    <Table<Row>
      rowKey="orgUnitId"
      size="small"
      dataSource={rows}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      data-testid="panel-progress"
      columns={[
        { key: 'unit', title: t('assessments.units.unit'), render: (_, r) => r.name },
        { key: 'group', title: t('assessments.fields.peerGroup'), width: 140, render: (_, r) => r.peerGroup },
        {
          key: 'progress',
          title: t('assessments.scoring.panelColumn'),
          width: 320,
          sorter: (a, b) => a.given / (a.expected || 1) - b.given / (b.expected || 1),
          render: (_, r) => (
            <div className="asm-grid-progress">
              <Progress percent={r.expected ? Math.floor((r.given / r.expected) * 100) : 100} size="small" style={{ width: 160, margin: 0 }} />
              <span className="mono">{r.given} / {r.expected}</span>
            </div>
          ),
        },
      ]}
    />
  );
}
