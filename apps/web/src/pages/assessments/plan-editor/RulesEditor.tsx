import { Button, Col, Input, InputNumber, Radio, Row, Select, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { IconPlus } from '../../../app/icons.tsx';
import type { Catalog } from '../types.ts';
import { useBilingual } from '../use-bilingual.ts';
import { addGradeBand, addVetoRule, removeGradeBand, removeVetoRule, setMissingRule, setVetoRule, updateGradeBand, type GradeBand, type PlanConfig, type VetoRule } from './config-ops.ts';
import { IssueText } from './IssueText.tsx';
import { issuesAt, issuesUnder, type ConfigCheck } from './validate.ts';

interface Props {
  config: PlanConfig;
  check: ConfigCheck;
  editable: boolean;
  catalog: Catalog;
  onChange: (config: PlanConfig) => void;
}

/** 等次, 缺评规则 and 一票否决: the rules applied on top of the scores. */
export function RulesEditor({ config, check, editable, catalog, onChange }: Props) {
  const { t } = useTranslation();
  const bi = useBilingual();
  const vetoRules = config.vetoRules ?? [];
  return (
    <Row gutter={[24, 16]}>
      <Col xs={24} lg={10}>
        <h3 className="asm-section-title">{t('assessments.editor.gradeBands')}</h3>
        <Table<GradeBand & { index: number }>
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={config.gradeBands.map((b, index) => ({ ...b, index }))}
          data-testid="grade-bands"
          columns={[
            {
              key: 'name',
              title: t('assessments.editor.gradeName'),
              render: (_, b) => <Input value={b.name} maxLength={20} disabled={!editable} onChange={(e) => onChange(updateGradeBand(config, b.index, { name: e.target.value }))} />,
            },
            {
              key: 'min',
              title: t('assessments.editor.gradeMin'),
              width: 150,
              render: (_, b) => (
                <>
                  <InputNumber<number> prefix="≥" value={b.min} min={0} max={1000} precision={2} disabled={!editable} style={{ width: '100%' }} onChange={(v) => onChange(updateGradeBand(config, b.index, { min: v ?? 0 }))} />
                  <IssueText issues={issuesUnder(check.issues, ['gradeBands', b.index])} />
                </>
              ),
            },
            ...(editable
              ? [{ key: 'ops', width: 50, render: (_: unknown, b: { index: number }) => <Button type="link" danger size="small" disabled={config.gradeBands.length <= 2} onClick={() => onChange(removeGradeBand(config, b.index))}>×</Button> }]
              : []),
          ]}
        />
        <p className="muted asm-rule-note">{t('assessments.editor.gradeRule')}</p>
        {editable && config.gradeBands.length < 6 && (
          <Button size="small" icon={<IconPlus />} onClick={() => onChange(addGradeBand(config, t('assessments.editor.newGrade'), 80))}>
            {t('assessments.editor.addGrade')}
          </Button>
        )}
      </Col>
      <Col xs={24} lg={14}>
        <h3 className="asm-section-title">{t('assessments.editor.missingRule')}</h3>
        <Radio.Group
          value={config.missingRule}
          disabled={!editable}
          onChange={(e) => onChange(setMissingRule(config, e.target.value))}
          options={catalog.missingRules.map((r) => ({ value: r.key, label: bi(r.name) }))}
          data-testid="missing-rule"
        />
        <p className="muted asm-rule-note">{t(`assessments.missingHint.${config.missingRule}`)}</p>

        <h3 className="asm-section-title">{t('assessments.editor.vetoRules')}</h3>
        {vetoRules.length === 0 && <p className="muted">{t('assessments.editor.noVetoRules')}</p>}
        {vetoRules.map((rule, ri) => (
          <div key={rule.key} className="asm-veto-rule" data-testid="veto-rule">
            <Space wrap align="start">
              <Input value={rule.name} maxLength={80} disabled={!editable} style={{ width: 220 }} onChange={(e) => onChange(setVetoRule(config, ri, { ...rule, name: e.target.value }))} />
              <Select<VetoRule['kind']>
                value={rule.kind}
                disabled={!editable}
                style={{ width: 130 }}
                onChange={(kind) => onChange(setVetoRule(config, ri, kind === 'manual' ? { key: rule.key, name: rule.name, kind } : { key: rule.key, name: rule.name, kind, conditionKey: catalog.vetoConditions[0]?.key ?? '' }))}
                options={[
                  { value: 'manual', label: t('assessments.veto.manual') },
                  { value: 'auto', label: t('assessments.veto.auto'), disabled: catalog.vetoConditions.length === 0 },
                ]}
              />
              {rule.kind === 'auto' && (
                <Select
                  value={rule.conditionKey || undefined}
                  disabled={!editable}
                  style={{ width: 260 }}
                  placeholder={t('assessments.editor.vetoCondition')}
                  onChange={(conditionKey: string) => onChange(setVetoRule(config, ri, { ...rule, conditionKey }))}
                  options={catalog.vetoConditions.map((v) => ({ value: v.key, label: `${bi(v.name)}${v.source === 'core' ? '' : ` · ${v.source}`}` }))}
                />
              )}
              {editable && <Button type="link" danger onClick={() => onChange(removeVetoRule(config, ri))}>{t('common.delete')}</Button>}
            </Space>
            <IssueText issues={[...issuesUnder(check.issues, ['vetoRules', ri]), ...issuesAt(check.issues, ['vetoRules'])]} />
          </div>
        ))}
        <p className="muted asm-rule-note">{t('assessments.editor.vetoRule')}</p>
        {editable && (
          <Button size="small" icon={<IconPlus />} onClick={() => onChange(addVetoRule(config, t('assessments.editor.newVetoRule')))} data-testid="veto-rule-add">
            {t('assessments.editor.addVetoRule')}
          </Button>
        )}
      </Col>
    </Row>
  );
}
