import { Alert, Badge, Button, Card, Space, Tabs, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useLeaveGuard } from './use-leave-guard.ts';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/QueryError.tsx';
import type { PlanDetail } from '../types.ts';
import { ComponentsTable } from './ComponentsTable.tsx';
import type { PlanConfig } from './config-ops.ts';
import { IndicatorDrawer } from './IndicatorDrawer.tsx';
import { IndicatorTree } from './IndicatorTree.tsx';
import { PlanSettingsCard } from './PlanSettingsCard.tsx';
import { RulesEditor } from './RulesEditor.tsx';
import { SaveConfigButton } from './SaveConfigButton.tsx';
import { useCatalog } from './use-catalog.ts';
import { issuesUnder, validatePlanConfig } from './validate.ts';
import { VersionList } from './VersionList.tsx';

/**
 * 方案配置: the plan's settings, components and weights, indicator tree, grades, vetoes and the
 * missing-score rule. Errors show at their node as the admin types; saving a plan that is already
 * in use makes a new version (the old one and its results stay).
 */
export function PlanEditor({ plan }: { plan: PlanDetail }) {
  // A new version from the server (a save, a correction) starts the editor afresh.
  return <EditorBody key={plan.version.id} plan={plan} />;
}

function EditorBody({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const { catalog, known, error, refetch } = useCatalog();
  const saved = plan.version.config as PlanConfig;
  const [config, setConfig] = useState<PlanConfig>(saved);
  const [componentTab, setComponentTab] = useState(0);
  const [open, setOpen] = useState<{ ci: number; gi: number; ii: number } | null>(null);
  const editable = plan.actions.includes('edit');
  const dirty = useMemo(() => JSON.stringify(config) !== JSON.stringify(saved), [config, saved]);
  const check = useMemo(() => (known ? validatePlanConfig(config, known) : null), [config, known]);
  useLeaveGuard(dirty);

  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!catalog || !check) return <Card loading variant="borderless" />;
  const ci = Math.min(componentTab, Math.max(0, config.components.length - 1));
  const inUse = plan.status !== 'draft';

  return (
    <div className="asm-editor" data-testid="plan-editor">
      <PlanSettingsCard plan={plan} />
      {editable && inUse && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('assessments.editor.inUse', { next: plan.version.number + 1 })} />}
      {!editable && plan.status !== 'draft' && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('assessments.editor.locked', { status: t(`assessments.status.${plan.status}`) })} />}
      {!dirty && plan.configErrors.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('assessments.editor.serverErrors', { count: plan.configErrors.length })}
          description={<ul className="asm-plain-list">{plan.configErrors.slice(0, 8).map((e, i) => <li key={i}>{e.label}:{e.message}</li>)}</ul>}
        />
      )}

      <Card variant="borderless" title={t('assessments.editor.components')} style={{ marginBottom: 12 }}>
        <ComponentsTable config={config} check={check} editable={editable} kinds={catalog.componentKinds} onChange={setConfig} />
      </Card>

      <Card variant="borderless" title={t('assessments.editor.tree')} style={{ marginBottom: 12 }}>
        {config.components.length === 0 ? (
          <p className="muted">{t('assessments.editor.noComponents')}</p>
        ) : (
          <Tabs
            activeKey={String(ci)}
            onChange={(k) => setComponentTab(Number(k))}
            items={config.components.map((c, i) => ({
              key: String(i),
              label: (
                <Badge dot={issuesUnder(check.issues, ['components', i]).length > 0} offset={[6, 0]}>
                  <span data-testid="component-tab">{c.name || t('assessments.editor.unnamed')} · {c.weight}%</span>
                </Badge>
              ),
              children: <IndicatorTree config={config} ci={i} check={check} editable={editable} onChange={setConfig} onOpen={setOpen} />,
            }))}
          />
        )}
      </Card>

      <Card variant="borderless" title={t('assessments.editor.rules')} style={{ marginBottom: 12 }}>
        <RulesEditor config={config} check={check} editable={editable} catalog={catalog} onChange={setConfig} />
      </Card>

      <VersionList plan={plan} />

      {editable && (
        <div className="asm-savebar" data-testid="editor-savebar">
          <Space wrap>
            {check.issues.length > 0 ? (
              <Tag color="red" data-testid="issue-count">{t('assessments.editor.issueCount', { count: check.issues.length })}</Tag>
            ) : (
              <Tag color="green">{t('assessments.editor.noIssues')}</Tag>
            )}
            {dirty && <Tag color="orange">{t('assessments.editor.unsaved')}</Tag>}
          </Space>
          <Space>
            <Button disabled={!dirty} onClick={() => setConfig(saved)}>{t('assessments.editor.discard')}</Button>
            <SaveConfigButton plan={plan} config={config} dirty={dirty} issueCount={check.issues.length} />
          </Space>
        </div>
      )}

      {open && <IndicatorDrawer config={config} at={open} check={check} editable={editable} catalog={catalog} onChange={setConfig} onClose={() => setOpen(null)} />}
    </div>
  );
}
