import { Button, Input, InputNumber, Popconfirm, Select, Space, Table, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { IconEdit, IconPlus } from '../../../app/icons.tsx';
import { formatCents } from '../decimal.ts';
import {
  addCategory, addIndicator, moveCategory, moveIndicator, patchIndicator, removeCategory, removeIndicator, setIndicator, updateCategory, withMethod,
  type IndicatorConfig, type PlanConfig, type ScoringMethod,
} from './config-ops.ts';
import { IssueText } from './IssueText.tsx';
import { MethodSummary } from './MethodSummary.tsx';
import { issuesAt, issuesUnder, type ConfigCheck } from './validate.ts';

export const methods: readonly ScoringMethod[] = ['manual', 'deduction', 'formula', 'bonus'];

interface Props {
  config: PlanConfig;
  ci: number;
  check: ConfigCheck;
  editable: boolean;
  onChange: (config: PlanConfig) => void;
  /** Opens the drawer with the indicator's method settings. */
  onOpen: (ref: { ci: number; gi: number; ii: number }) => void;
}

type Row = IndicatorConfig & { ii: number };

/**
 * One component's indicator tree: categories (类别), each with its indicators, their method and
 * maximum. Each category shows its subtotal; the component's total (must be 100, bonus items
 * apart) and every problem show at the node they belong to.
 */
export function IndicatorTree({ config, ci, check, editable, onChange, onOpen }: Props) {
  const { t } = useTranslation();
  const component = config.components[ci]!;
  const summary = check.components[ci];
  const cPath = ['components', ci] as const;

  return (
    <div data-testid={`indicator-tree-${ci}`}>
      <div className="asm-tree-total">
        <span>
          {t('assessments.editor.componentTotal', { total: summary ? formatCents(summary.maxTotalCents) : '0' })}
          {summary && summary.bonusCapCents > 0 && <span className="muted"> · {t('assessments.editor.bonusTotal', { total: formatCents(summary.bonusCapCents) })}</span>}
        </span>
        <IssueText issues={issuesAt(check.issues, cPath)} testId={`component-issue-${ci}`} />
      </div>
      {component.categories.map((category, gi) => {
        const gPath = [...cPath, 'categories', gi];
        const sub = summary?.categories[gi];
        return (
          <section key={category.key} className={issuesUnder(check.issues, gPath).length ? 'asm-category has-issues' : 'asm-category'} data-testid="category">
            <div className="asm-category-head">
              <Input
                value={category.name}
                disabled={!editable}
                maxLength={80}
                className="asm-category-name"
                status={issuesAt(check.issues, [...gPath, 'name']).length ? 'error' : undefined}
                onChange={(e) => onChange(updateCategory(config, ci, gi, { name: e.target.value }))}
                aria-label={t('assessments.editor.categoryName')}
              />
              <span className="asm-subtotal mono">{t('assessments.editor.subtotal', { total: sub ? formatCents(sub.maxTotalCents) : '0' })}</span>
              {editable && (
                <Space size={0}>
                  <Button type="link" size="small" disabled={gi === 0} onClick={() => onChange(moveCategory(config, ci, gi, -1))}>↑</Button>
                  <Button type="link" size="small" disabled={gi === component.categories.length - 1} onClick={() => onChange(moveCategory(config, ci, gi, 1))}>↓</Button>
                  <Popconfirm title={t('assessments.editor.removeCategory', { name: category.name })} onConfirm={() => onChange(removeCategory(config, ci, gi))} okText={t('common.delete')} cancelText={t('common.cancel')}>
                    <Button type="link" size="small" danger>{t('common.delete')}</Button>
                  </Popconfirm>
                </Space>
              )}
            </div>
            <IssueText issues={[...issuesAt(check.issues, gPath), ...issuesAt(check.issues, [...gPath, 'name']), ...issuesAt(check.issues, [...gPath, 'key'])]} />
            <Table<Row>
              rowKey="key"
              size="small"
              pagination={false}
              dataSource={category.indicators.map((ind, ii) => ({ ...ind, ii }))}
              locale={{ emptyText: t('assessments.editor.noIndicators') }}
              rowClassName={(row) => (issuesUnder(check.issues, [...gPath, 'indicators', row.ii]).length ? 'asm-row-issue' : '')}
              columns={[
                {
                  key: 'name',
                  title: t('assessments.editor.indicatorName'),
                  render: (_, row) => {
                    const path = [...gPath, 'indicators', row.ii];
                    const own = issuesUnder(check.issues, path).filter((i) => i.path.at(-1) !== 'maxScore');
                    return (
                      <>
                        <Input
                          value={row.name}
                          disabled={!editable}
                          maxLength={80}
                          status={issuesAt(check.issues, [...path, 'name']).length ? 'error' : undefined}
                          onChange={(e) => onChange(patchIndicator(config, ci, gi, row.ii, { name: e.target.value }))}
                          data-testid="indicator-name"
                        />
                        <IssueText issues={own} />
                      </>
                    );
                  },
                },
                {
                  key: 'method',
                  title: t('assessments.editor.method'),
                  width: 130,
                  render: (_, row) => (
                    <Select<ScoringMethod>
                      value={row.method}
                      disabled={!editable}
                      style={{ width: '100%' }}
                      onChange={(method) => onChange(setIndicator(config, ci, gi, row.ii, withMethod(row, method)))}
                      options={methods.map((m) => ({ value: m, label: t(`assessments.method.${m}`) }))}
                      data-testid="indicator-method"
                    />
                  ),
                },
                {
                  key: 'max',
                  title: t('assessments.editor.maxScore'),
                  width: 120,
                  render: (_, row) => {
                    const issues = issuesAt(check.issues, [...gPath, 'indicators', row.ii, 'maxScore']);
                    return (
                      <>
                        <InputNumber<number>
                          value={row.maxScore}
                          disabled={!editable}
                          min={0}
                          max={1000}
                          precision={2}
                          style={{ width: '100%' }}
                          status={issues.length ? 'error' : undefined}
                          onChange={(v) => onChange(patchIndicator(config, ci, gi, row.ii, { maxScore: v ?? 0 }))}
                          data-testid="indicator-max"
                          aria-label={`${t('assessments.editor.maxScore')} ${row.name}`}
                        />
                        <IssueText issues={issues} />
                      </>
                    );
                  },
                },
                { key: 'settings', title: t('assessments.editor.settings'), width: 260, render: (_, row) => <MethodSummary indicator={row} /> },
                {
                  key: 'ops',
                  width: editable ? 150 : 60,
                  render: (_, row) => (
                    <Space size={0}>
                      <Tooltip title={t('assessments.editor.editIndicator')}>
                        <Button type="link" size="small" icon={<IconEdit />} onClick={() => onOpen({ ci, gi, ii: row.ii })} data-testid="indicator-open" />
                      </Tooltip>
                      {editable && (
                        <>
                          <Button type="link" size="small" disabled={row.ii === 0} onClick={() => onChange(moveIndicator(config, ci, gi, row.ii, -1))}>↑</Button>
                          <Button type="link" size="small" disabled={row.ii === category.indicators.length - 1} onClick={() => onChange(moveIndicator(config, ci, gi, row.ii, 1))}>↓</Button>
                          <Popconfirm title={t('assessments.editor.removeIndicator', { name: row.name })} onConfirm={() => onChange(removeIndicator(config, ci, gi, row.ii))} okText={t('common.delete')} cancelText={t('common.cancel')}>
                            <Button type="link" size="small" danger>×</Button>
                          </Popconfirm>
                        </>
                      )}
                    </Space>
                  ),
                },
              ]}
            />
            {editable && (
              <Button type="dashed" size="small" icon={<IconPlus />} className="asm-add-indicator" onClick={() => onChange(addIndicator(config, ci, gi, t('assessments.editor.newIndicator')))} data-testid="indicator-add">
                {t('assessments.editor.addIndicator')}
              </Button>
            )}
          </section>
        );
      })}
      {editable && (
        <Button icon={<IconPlus />} onClick={() => onChange(addCategory(config, ci, t('assessments.editor.newCategory')))} data-testid="category-add">
          {t('assessments.editor.addCategory')}
        </Button>
      )}
    </div>
  );
}
