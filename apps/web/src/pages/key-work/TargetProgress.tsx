import { Progress, Space } from 'antd';
import { fmt, type TargetStatus } from './types.ts';

/** One target: "metric actual/target unit" over a progress bar. */
export function TargetProgress({ target, width }: { target: TargetStatus; width?: number }) {
  const percent = target.percent ?? 0;
  return (
    <div style={{ minWidth: width ?? 180 }} data-testid="kw-target">
      <Space size={4} style={{ fontSize: 13 }}>
        <span>{target.metric}</span>
        <span className="mono">
          {fmt(target.actual)}/{fmt(target.targetValue)}
        </span>
        <span className="muted">{target.unit}</span>
      </Space>
      <Progress percent={Math.min(100, percent)} format={() => `${percent}%`} size="small" status={percent >= 100 ? 'success' : 'normal'} />
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
