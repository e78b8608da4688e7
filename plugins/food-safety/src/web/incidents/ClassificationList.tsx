import { List, Space, Typography } from 'antd';
import { useBilingual } from '@duban/plugin-sdk/web';
import type { Classification } from '../../shared/classify-incident.ts';
import { incidentLevels, levelNames } from '../../shared/levels.ts';

/**
 * The grading rules checked against the facts, level by level: ✓ for a criterion met, ✗ for one
 * not met, each with the facts it was checked against — so the boundary that decided is visible.
 */
export function ClassificationList({ classification }: { classification: Classification }) {
  const tr = useBilingual();
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="classification">
      {incidentLevels.map((level) => {
        const checks = classification.checks.filter((c) => c.level === level);
        if (!checks.length) return null;
        return (
          <List
            key={level}
            size="small"
            bordered
            header={<Typography.Text strong type={classification.level === level ? 'danger' : undefined}>{tr(levelNames[level])}{classification.level === level ? tr({ zh: ' ← 建议等级', en: ' ← suggested' }) : ''}</Typography.Text>}
            dataSource={checks}
            renderItem={(c) => (
              <List.Item>
                <Space align="start">
                  <Typography.Text type={c.met ? 'danger' : 'secondary'}>{c.met ? '✓' : '✗'}</Typography.Text>
                  <span>
                    <Typography.Text strong={c.met}>{c.rule} {tr(c.criterion)}</Typography.Text>
                    <br />
                    <Typography.Text type="secondary">{tr(c.facts)}</Typography.Text>
                  </span>
                </Space>
              </List.Item>
            )}
          />
        );
      })}
    </Space>
  );
}
