import { Button, Input, InputNumber, Popconfirm, Select, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { IconPlus } from '../../../app/icons.tsx';
import { formatCents } from '../decimal.ts';
import type { Catalog } from '../types.ts';
import { useBilingual } from '../use-bilingual.ts';
import { addComponent, fillWeights, removeComponent, updateComponent, type ComponentConfig, type ComponentKind, type PlanConfig } from './config-ops.ts';
import { IssueText } from './IssueText.tsx';
import { issuesAt, issuesUnder, type ConfigCheck } from './validate.ts';

interface Props {
  config: PlanConfig;
  check: ConfigCheck;
  editable: boolean;
  kinds: Catalog['componentKinds'];
  onChange: (config: PlanConfig) => void;
}

/**
 * 考核环节与权重: quarterly self-check, half-year supervision, spot checks, year-end, survey … with
 * their weights. The weights must add up to 100%; the sum and any error sit under the table.
 */
export function ComponentsTable({ config, check, editable, kinds, onChange }: Props) {
  const { t } = useTranslation();
  const bi = useBilingual();
  const weightIssues = issuesAt(check.issues, ['components']);

  return (
    <div data-testid="components-table">
      <Table<ComponentConfig & { index: number }>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={config.components.map((c, index) => ({ ...c, index }))}
        columns={[
          {
            key: 'name',
            title: t('assessments.editor.componentName'),
            render: (_, c) => (
              <>
                <Input
                  value={c.name}
                  disabled={!editable}
                  maxLength={80}
                  status={issuesAt(check.issues, ['components', c.index, 'name']).length ? 'error' : undefined}
                  onChange={(e) => onChange(updateComponent(config, c.index, { name: e.target.value }))}
                />
                <IssueText issues={[...issuesAt(check.issues, ['components', c.index, 'name']), ...issuesAt(check.issues, ['components', c.index, 'key'])]} />
              </>
            ),
          },
          {
            key: 'kind',
            title: t('assessments.editor.componentKind'),
            width: 170,
            render: (_, c) => (
              <Select<ComponentKind>
                value={c.kind}
                disabled={!editable}
                style={{ width: '100%' }}
                onChange={(kind) => onChange(updateComponent(config, c.index, { kind }))}
                options={kinds.map((k) => ({ value: k.key as ComponentKind, label: bi(k.name) }))}
              />
            ),
          },
          {
            key: 'weight',
            title: t('assessments.editor.weight'),
            width: 140,
            render: (_, c) => (
              <InputNumber<number>
                value={c.weight}
                disabled={!editable}
                min={0}
                max={100}
                precision={2}
                step={5}
                suffix="%"
                style={{ width: '100%' }}
                status={weightIssues.length || issuesAt(check.issues, ['components', c.index, 'weight']).length ? 'error' : undefined}
                onChange={(weight) => onChange(updateComponent(config, c.index, { weight: weight ?? 0 }))}
                data-testid={`component-weight-${c.index}`}
                aria-label={`${t('assessments.editor.weight')} ${c.name}`}
              />
            ),
          },
          {
            key: 'max',
            title: t('assessments.editor.maxTotal'),
            width: 150,
            render: (_, c) => {
              const summary = check.components[c.index];
              const wrong = issuesUnder(check.issues, ['components', c.index]).length > 0;
              return (
                <span className="mono">
                  {summary ? formatCents(summary.maxTotalCents) : '—'}
                  {summary && summary.bonusCapCents > 0 && <span className="muted"> +{formatCents(summary.bonusCapCents)}</span>}
                  {wrong && <Tag color="red" style={{ marginInlineStart: 6 }}>{t('assessments.editor.hasIssues')}</Tag>}
                </span>
              );
            },
          },
          ...(editable
            ? [
                {
                  key: 'ops',
                  width: 70,
                  render: (_: unknown, c: { index: number; name: string }) => (
                    <Popconfirm title={t('assessments.editor.removeComponent', { name: c.name })} onConfirm={() => onChange(removeComponent(config, c.index))} okText={t('common.delete')} cancelText={t('common.cancel')}>
                      <Button type="link" danger size="small">{t('common.delete')}</Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={2}>
              <strong>{t('assessments.editor.weightTotal')}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2}>
              <strong className={weightIssues.length ? 'asm-bad mono' : 'asm-good mono'} data-testid="weight-total">
                {formatCents(check.weightTotalCents)}%
              </strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} colSpan={editable ? 2 : 1}>
              <IssueText issues={weightIssues} testId="weight-issue" />
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
      {editable && (
        <div className="asm-editor-buttons">
          <Button icon={<IconPlus />} onClick={() => onChange(addComponent(config, 'other', t('assessments.editor.newComponent')))} data-testid="component-add">
            {t('assessments.editor.addComponent')}
          </Button>
          {weightIssues.some((i) => i.code === 'weightSum') && config.components.some((c) => c.weight === 0) && (
            <Button onClick={() => onChange(fillWeights(config))}>{t('assessments.editor.fillWeights')}</Button>
          )}
        </div>
      )}
    </div>
  );
}
