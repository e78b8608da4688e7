import { Progress, Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { fmt, type TargetStatus } from './types.ts';

/**
 * One target. A count reads "actual/target unit"; a before/after indicator reads
 * "baseline → actual" (蛀果率 21.8% → 1.7%) against its target; a zero target says whether it
 * is kept at zero. The bar is progress from baseline to target, by direction (computed on the server).
 */
export function TargetProgress({ target, width }: { target: TargetStatus; width?: number }) {
  const { t } = useTranslation();
  const percent = target.percent ?? 0;
  const value = target.baselineValue !== null
    ? t('keyWork.target.beforeAfter', { before: fmt(target.baselineValue), after: target.reported ? fmt(target.actual) : '—' })
    : target.reported || target.direction === 'higher' ? fmt(target.actual) : '—';
  return (
    <div style={{ minWidth: width ?? 180 }} data-testid="kw-target" data-direction={target.direction} data-aggregation={target.aggregation}>
      <Space size={4} wrap style={{ fontSize: 13 }}>
        <span>{target.metric}</span>
        <Tooltip title={`${t(`keyWork.direction.${target.direction}`)} · ${t(`keyWork.aggregation.${target.aggregation}`)}`}>
          <span className="mono" data-testid="kw-target-value">
            {value}
            {target.direction !== 'zero' && `/${fmt(target.targetValue)}`}
          </span>
        </Tooltip>
        <span className="muted">{target.unit}</span>
        {target.numerator !== null && target.denominator !== null && (
          <span className="muted">（{t('keyWork.target.ratio', { numerator: fmt(target.numerator), denominator: fmt(target.denominator) })}）</span>
        )}
        {target.direction !== 'higher' && (
          <Tag color={!target.reported ? 'default' : target.met ? 'success' : 'error'} style={{ marginInlineEnd: 0 }}>
            {!target.reported ? t('keyWork.target.notReported') : target.met ? t(target.direction === 'zero' ? 'keyWork.target.zeroMet' : 'keyWork.target.met') : t('keyWork.target.notMet')}
          </Tag>
        )}
      </Space>
      {target.direction !== 'zero' && (
        <Progress percent={Math.max(0, Math.min(100, percent))} format={() => (target.percent === null ? '—' : `${percent}%`)} size="small" status={target.met ? 'success' : 'normal'} />
      )}
    </div>
  );
}

export function TargetList({ targets }: { targets: readonly TargetStatus[] }) {
  if (!targets.length) return <span className="muted">—</span>;
  return (
    <Space orientation="vertical" size={2} style={{ width: '100%' }}>
      {targets.map((t) => (
        <TargetProgress key={t.id} target={t} />
      ))}
    </Space>
  );
}
