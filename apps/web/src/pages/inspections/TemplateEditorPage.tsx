import './inspections.css';
import type { ChecklistTemplate } from '@duban/api/schemas';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Input, InputNumber, Row, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { errorMessage, zodIssuesOf } from '../../api/errors.ts';
import { useTRPC } from '../../api/trpc.ts';
import { useMe } from '../../app/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { ItemEditor } from './ItemEditor.tsx';
import { draftFromStored, draftToTemplate, emptyDraft, emptyItem, freshKey, type Draft, type DraftItem } from './template-draft.ts';

/**
 * 检查表模板编辑: sections of items, each with its type, rule, score and condition. Saving a
 * changed template makes a new version; records already filled keep the version they used.
 */
export default function TemplateEditorPage() {
  const { id = 'new' } = useParams();
  const isNew = id === 'new';
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const existing = useQuery({ ...trpc.inspection.getTemplate.queryOptions({ templateId: id }), enabled: !isNew });
  const [draft, setDraft] = useState<Draft | null>(isNew ? emptyDraft() : null);
  const [problems, setProblems] = useState<string[]>([]);
  const create = useMutation(trpc.inspection.createTemplate.mutationOptions());
  const update = useMutation(trpc.inspection.updateTemplate.mutationOptions());

  useEffect(() => {
    if (existing.data && !draft) setDraft(draftFromStored(existing.data.definition as ChecklistTemplate));
  }, [existing.data, draft]);

  if (existing.error) return <QueryError error={existing.error} onRetry={() => void existing.refetch()} />;
  if (!draft) return <Card loading variant="borderless" />;

  const setSection = (si: number, items: DraftItem[]) => setDraft({ ...draft, sections: draft.sections.map((s, i) => (i === si ? { ...s, items } : s)) });
  const earlierThan = (si: number, ii: number) => [...draft.sections.slice(0, si).flatMap((s) => s.items), ...draft.sections[si]!.items.slice(0, ii)];

  const save = () => {
    setProblems([]);
    const definition = draftToTemplate(draft);
    const options = {
      onSuccess: async (r: { id: string; currentVersion: number }) => {
        message.success(t('inspections.editor.saved', { version: r.currentVersion }));
        await queryClient.invalidateQueries({ queryKey: trpc.inspection.pathKey() });
        void navigate(`/inspections/templates/${r.id}`, { replace: true });
      },
      onError: (e: unknown) => {
        const issues = zodIssuesOf(e);
        setProblems(issues.length ? [...new Set(issues.map((i) => i.message))] : [errorMessage(e, t)]);
      },
    };
    if (isNew) create.mutate({ ownerUnitId: me.scopes['core.inspection.templates']?.[0]?.id ?? '', definition }, options);
    else update.mutate({ templateId: id, definition }, options);
  };

  return (
    <>
      <PageHeader
        title={isNew ? t('inspections.templates.create') : t('inspections.editor.title', { version: existing.data?.version })}
        subtitle={t('inspections.editor.subtitle')}
        extra={
          <Space>
            <Button onClick={() => void navigate('/inspections/templates')}>{t('common.back')}</Button>
            <Button type="primary" onClick={save} loading={create.isPending || update.isPending} data-testid="template-save">{t('common.save')}</Button>
          </Space>
        }
      />
      {problems.length > 0 && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={t('inspections.editor.problems')} data-testid="template-problems"
          description={<ul>{problems.map((p) => <li key={p}>{p}</li>)}</ul>} />
      )}
      <Card variant="borderless" style={{ marginBottom: 16 }}>
        <Row gutter={12}>
          <Col xs={24} md={10}><Input addonBefore={t('inspections.editor.nameZh')} value={draft.name.zh} onChange={(e) => setDraft({ ...draft, name: { ...draft.name, zh: e.target.value } })} data-testid="template-name" /></Col>
          <Col xs={24} md={8}><Input addonBefore="EN" value={draft.name.en} onChange={(e) => setDraft({ ...draft, name: { ...draft.name, en: e.target.value } })} /></Col>
          <Col xs={24} md={6}>
            <InputNumber addonBefore={t('inspections.editor.passPercent')} addonAfter="%" min={0} max={100} value={draft.passPercent} onChange={(v) => setDraft({ ...draft, passPercent: v })} style={{ width: '100%' }} />
          </Col>
        </Row>
        <Input.TextArea style={{ marginTop: 8 }} rows={2} placeholder={t('inspections.editor.description')} value={draft.description.zh} onChange={(e) => setDraft({ ...draft, description: { ...draft.description, zh: e.target.value } })} />
        <p className="muted" style={{ marginTop: 8 }}>{t('inspections.editor.passHint')}</p>
      </Card>
      {draft.sections.map((section, si) => (
        <Card key={section.key} variant="borderless" style={{ marginBottom: 16 }} data-testid={`template-section-${si}`}
          title={<Input variant="borderless" value={section.title.zh} placeholder={t('inspections.editor.sectionTitle')} onChange={(e) => setDraft({ ...draft, sections: draft.sections.map((s, i) => (i === si ? { ...s, title: { ...s.title, zh: e.target.value } } : s)) })} />}
          extra={draft.sections.length > 1 && <Button size="small" danger type="link" onClick={() => setDraft({ ...draft, sections: draft.sections.filter((_, i) => i !== si) })}>{t('inspections.editor.removeSection')}</Button>}
        >
          {section.items.map((item, ii) => (
            <ItemEditor
              key={item.key} item={item} index={ii} earlier={earlierThan(si, ii)}
              onChange={(next) => setSection(si, section.items.map((x, j) => (j === ii ? next : x)))}
              onRemove={() => setSection(si, section.items.filter((_, j) => j !== ii))}
              onMove={(delta) => {
                const to = ii + delta;
                if (to < 0 || to >= section.items.length) return;
                const items = [...section.items];
                [items[ii], items[to]] = [items[to]!, items[ii]!];
                setSection(si, items);
              }}
            />
          ))}
          <Button type="dashed" block onClick={() => setSection(si, [...section.items, emptyItem()])} data-testid="template-add-item">{t('inspections.editor.addItem')}</Button>
        </Card>
      ))}
      <Button type="dashed" block onClick={() => setDraft({ ...draft, sections: [...draft.sections, { key: freshKey('s'), title: { zh: '', en: '' }, items: [emptyItem()] }] })}>
        {t('inspections.editor.addSection')}
      </Button>
    </>
  );
}
