import { useQuery } from '@tanstack/react-query';
import { Collapse, Descriptions, Drawer, Skeleton, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../api/trpc.ts';
import { QueryError } from '../../../components/QueryError.tsx';
import { formatExact, formatScore } from '../decimal.ts';
import { GradeTag } from '../tags.tsx';
import type { Explanation } from '../types.ts';
import { IndicatorTraceCard } from './IndicatorTraceCard.tsx';

/**
 * 得分说明: where every point of a unit's result comes from — each item's rule in words, the
 * assessors' scores, deduction and bonus entries, metric values and the evidence behind them,
 * then how components, weights, rounding, grade, veto and rank follow.
 */
export function ExplainDrawer({ assessmentUnitId, unitName, versionId, bands = [], onClose }: { assessmentUnitId: string; unitName: string; versionId?: string; bands?: readonly { key: string }[]; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const explain = useQuery(trpc.assessment.explain.queryOptions({ assessmentUnitId, versionId }));
  const e = explain.data;
  return (
    <Drawer open width={820} title={t('assessments.explain.title', { unit: unitName })} onClose={onClose} destroyOnHidden data-testid="explain-drawer">
      {explain.error && <QueryError error={explain.error} onRetry={() => void explain.refetch()} />}
      {!e ? !explain.error && <Skeleton active paragraph={{ rows: 10 }} /> : <ExplainBody e={e} bands={bands} />}
    </Drawer>
  );
}

function ExplainBody({ e, bands }: { e: Explanation; bands: readonly { key: string }[] }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="asm-explain-total">
        <div>
          <div className="muted">{t('assessments.results.total')}</div>
          <div className="asm-explain-score mono" data-testid="explain-total">{formatScore(e.total)}</div>
          {e.exactTotal && <div className="muted mono">{t('assessments.results.exact', { exact: formatExact(e.exactTotal) })}</div>}
        </div>
        <Space wrap>
          <GradeTag grade={e.grade} bands={bands} vetoed={e.vetoed} />
          {e.rank !== null && (
            <Tag>
              {t('assessments.results.rankOf', { rank: e.rank, size: e.groupSize })}
              {e.tied && ` · ${t('assessments.results.tied')}`}
            </Tag>
          )}
          <Tag>{e.peerGroup}</Tag>
          <Tag color={e.frozen ? 'green' : 'blue'}>{e.frozen ? t('assessments.explain.frozen') : t('assessments.explain.live')} · v{e.version.number}</Tag>
        </Space>
      </div>
      {e.vetoes.length > 0 && (
        <div className="asm-explain-veto" data-testid="explain-veto">
          <strong>{t('assessments.results.vetoed')}</strong>
          {e.vetoes.map((v, i) => (
            <div key={i}>
              {v.ruleName} <Tag color={v.source === 'auto' ? 'purple' : 'red'}>{t(`assessments.veto.${v.source}`)}</Tag>:{v.reason}
            </div>
          ))}
        </div>
      )}
      <Descriptions
        size="small"
        column={1}
        bordered
        style={{ margin: '12px 0' }}
        items={[
          { key: 'rounding', label: t('assessments.explain.rounding'), children: e.roundingRule },
          { key: 'grade', label: t('assessments.explain.gradeRule'), children: e.gradeRule },
          { key: 'rank', label: t('assessments.explain.rankRule'), children: e.rankRule },
          { key: 'missing', label: t('assessments.editor.missingRule'), children: t(`assessments.missingHint.${e.missingRule}`) },
          ...(e.previous
            ? [{ key: 'previous', label: t('assessments.explain.previous'), children: t('assessments.explain.previousText', { total: formatScore(e.previous.total), rank: e.previous.rank ?? '—' }) }]
            : []),
        ]}
      />
      <h3 className="asm-section-title">{t('assessments.explain.composition')}</h3>
      <p className="mono asm-explain-formula" data-testid="explain-formula">
        {e.components.map((c) => `${c.name} ${formatScore(c.score)} × ${c.weight}%`).join(' + ')} = {e.components.map((c) => formatExact(String(c.weighted))).join(' + ')} ≈ {formatScore(e.total)}
      </p>
      <Collapse
        defaultActiveKey={e.components.map((c) => c.key)}
        items={e.components.map((c) => ({
          key: c.key,
          label: (
            <span>
              <strong>{c.name}</strong> <span className="muted">{t('assessments.explain.componentLine', { weight: c.weight, score: formatScore(c.score), weighted: formatExact(String(c.weighted)) })}</span>
            </span>
          ),
          children: c.categories.map((g) => (
            <div key={g.key} className="asm-explain-category">
              <div className="asm-explain-category-head">
                <strong>{g.name}</strong>
                <span className="mono">{formatScore(g.score)}</span>
              </div>
              {g.indicators.map((i) => (
                <IndicatorTraceCard key={i.key} trace={i} assessmentUnitId={e.assessmentUnitId} />
              ))}
            </div>
          )),
        }))}
      />
    </>
  );
}
