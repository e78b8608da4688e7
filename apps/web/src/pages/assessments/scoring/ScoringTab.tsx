import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Row, Segmented, Space, Tooltip } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../api/trpc.ts';
import { QueryError } from '../../../components/QueryError.tsx';
import type { PlanDetail, ScoringSheet } from '../types.ts';
import { EntriesPanel } from './EntriesPanel.tsx';
import { PanelProgress } from './PanelProgress.tsx';
import type { EnterDirection } from './grid-nav.ts';
import { ScoreGrid } from './ScoreGrid.tsx';
import { useScoreStore } from './use-score-store.ts';
import { VetoPanel } from './VetoPanel.tsx';

const ALL = '';
const PREFS = 'duban.assessments.grid';

/** The grid's layout is the assessor's habit: kept in this browser. */
function loadPrefs(): { unitRows: boolean; enter: EnterDirection } {
  try {
    const stored = JSON.parse(localStorage.getItem(PREFS) ?? '{}') as { unitRows?: boolean; enter?: EnterDirection };
    return { unitRows: stored.unitRows ?? true, enter: stored.enter === 'right' ? 'right' : 'down' };
  } catch {
    return { unitRows: true, enter: 'down' };
  }
}

/** 评分: the assessor's grid of manual items, then deductions, bonuses and vetoes. */
export default function ScoringTab({ plan }: { plan: PlanDetail }) {
  const trpc = useTRPC();
  const sheet = useQuery(trpc.assessment.scoringSheet.queryOptions({ planId: plan.id }));
  if (sheet.error) return <QueryError error={sheet.error} onRetry={() => void sheet.refetch()} />;
  if (!sheet.data) return <Card loading variant="borderless" />;
  return <Scoring plan={plan} sheet={sheet.data} />;
}

function Scoring({ plan, sheet }: { plan: PlanDetail; sheet: ScoringSheet }) {
  const { t } = useTranslation();
  const store = useScoreStore(sheet);
  const [prefs, setPrefs] = useState(loadPrefs);
  const [component, setComponent] = useState<string>(ALL);
  const manual = useMemo(() => sheet.indicators.filter((i) => i.method === 'manual'), [sheet.indicators]);
  const components = useMemo(() => [...new Map(manual.map((i) => [i.componentKey, i.componentName])).entries()], [manual]);
  const shown = component === ALL ? manual : manual.filter((i) => i.componentKey === component);
  const given = sheet.progress.reduce((s, p) => s + p.given, 0);
  const expected = sheet.progress.reduce((s, p) => s + p.expected, 0);
  const setPref = (patch: Partial<typeof prefs>) => {
    const next = { ...prefs, ...patch };
    setPrefs(next);
    try {
      localStorage.setItem(PREFS, JSON.stringify(next));
    } catch {
      // storage blocked: the choice lasts for this visit
    }
  };

  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        {!sheet.editable && (
          <Alert type="info" showIcon style={{ marginBottom: 12 }} title={sheet.isAssessor ? t('assessments.scoring.notScoring', { status: t(`assessments.status.${sheet.status}`) }) : t('assessments.scoring.notAssessor')} />
        )}
        <Card
          variant="borderless"
          title={t('assessments.scoring.title')}
          extra={
            <Tooltip title={<div className="asm-keys">{t('assessments.scoring.keys')}</div>}>
              <span className="muted asm-keys-hint">{t('assessments.scoring.keysHint')}</span>
            </Tooltip>
          }
        >
          <div className="asm-grid-controls">
            <Space wrap size={12}>
              {components.length > 1 && (
                <Segmented value={component} onChange={(v) => setComponent(String(v))} options={[{ value: ALL, label: t('common.all') }, ...components.map(([key, name]) => ({ value: key, label: name }))]} />
              )}
              <Segmented
                value={prefs.unitRows ? 'units' : 'indicators'}
                onChange={(v) => setPref({ unitRows: v === 'units' })}
                options={[
                  { value: 'units', label: t('assessments.scoring.unitsByIndicators') },
                  { value: 'indicators', label: t('assessments.scoring.indicatorsByUnits') },
                ]}
                data-testid="grid-orientation"
              />
              <Segmented
                value={prefs.enter}
                onChange={(v) => setPref({ enter: v as EnterDirection })}
                options={[
                  { value: 'down', label: t('assessments.scoring.enterDown') },
                  { value: 'right', label: t('assessments.scoring.enterRight') },
                ]}
                data-testid="grid-enter"
              />
            </Space>
            <span className="muted">
              {t('assessments.scoring.panelProgress', { given, expected, panel: sheet.panel.length })} · {t(`assessments.missingShort.${sheet.missingRule}`)}
            </span>
          </div>
          {shown.length === 0 ? (
            <p className="muted">{t('assessments.scoring.noManual')}</p>
          ) : !sheet.isAssessor ? (
            <PanelProgress sheet={sheet} />
          ) : (
            <ScoreGrid sheet={sheet} indicators={shown} store={store} editable={sheet.editable} unitRows={prefs.unitRows} enterDirection={prefs.enter} />
          )}
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        <EntriesPanel plan={plan} sheet={sheet} />
      </Col>
      <Col xs={24} xl={10}>
        <VetoPanel plan={plan} sheet={sheet} />
      </Col>
    </Row>
  );
}
