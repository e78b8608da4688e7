import { checklistItemTypes } from '@duban/api/schemas';
import { Button, Checkbox, Col, Input, InputNumber, Row, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { defaultRule, type DraftItem } from './template-draft.ts';

interface Props {
  item: DraftItem;
  /** Items before this one: a condition may only refer to those. */
  earlier: DraftItem[];
  onChange: (item: DraftItem) => void;
  onRemove: () => void;
  onMove: (delta: number) => void;
  index: number;
}

/** One checklist item in the template editor: type, label, rule, score, condition. */
export function ItemEditor({ item, earlier, onChange, onRemove, onMove, index }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<DraftItem>) => onChange({ ...item, ...patch });
  const choice = item.type === 'choice' || item.type === 'multiChoice';
  const judged = choice || item.type === 'yesNo' || item.type === 'number';
  const conditionTarget = earlier.find((e) => e.key === item.showIf?.item);
  const optionList = item.options.map((o) => ({ value: o.value, label: o.label.zh || o.value }));
  return (
    <div className="template-item" data-testid={`template-item-${index}`}>
      <Row gutter={8}>
        <Col xs={24} md={10}><Input value={item.label.zh} onChange={(e) => set({ label: { ...item.label, zh: e.target.value } })} placeholder={t('inspections.editor.labelZh')} data-testid="item-label" /></Col>
        <Col xs={24} md={7}><Input value={item.label.en} onChange={(e) => set({ label: { ...item.label, en: e.target.value } })} placeholder={t('inspections.editor.labelEn')} /></Col>
        <Col xs={24} md={7}>
          <Select
            value={item.type} style={{ width: '100%' }} data-testid="item-type"
            onChange={(type: DraftItem['type']) => set({ type, rule: defaultRule(type), options: type === 'choice' || type === 'multiChoice' ? item.options : [], critical: false })}
            options={checklistItemTypes.map((x) => ({ value: x, label: t(`inspections.itemType.${x}`) }))}
          />
        </Col>
      </Row>
      <Space wrap style={{ marginTop: 8 }}>
        <Checkbox checked={item.required} onChange={(e) => set({ required: e.target.checked })}>{t('inspections.editor.required')}</Checkbox>
        <span>{t('inspections.editor.score')}</span>
        <InputNumber size="small" min={0} max={1000} value={item.score} onChange={(v) => set({ score: v })} style={{ width: 80 }} data-testid="item-score" />
        {judged && <Checkbox checked={item.critical} onChange={(e) => set({ critical: e.target.checked })}>{t('inspections.editor.critical')}</Checkbox>}
        {item.type === 'number' && <Input size="small" value={item.unit} onChange={(e) => set({ unit: e.target.value })} placeholder={t('inspections.editor.unit')} style={{ width: 80 }} />}
        {item.type === 'photo' && (
          <>
            <span>{t('inspections.editor.minCount')}</span>
            <InputNumber size="small" min={0} max={20} value={item.minCount} onChange={(v) => set({ minCount: v })} style={{ width: 70 }} />
          </>
        )}
      </Space>
      {choice && (
        <div style={{ marginTop: 8 }}>
          <Select
            mode="tags" style={{ width: '100%' }} placeholder={t('inspections.editor.options')} data-testid="item-options"
            value={item.options.map((o) => o.value)}
            onChange={(values: string[]) => set({ options: values.map((v) => item.options.find((o) => o.value === v) ?? { value: v, label: { zh: v, en: v } }) })}
          />
        </div>
      )}
      {judged && item.rule && (
        <Space wrap style={{ marginTop: 8 }}>
          <span className="muted">{t('inspections.editor.passRule')}</span>
          {item.type === 'yesNo' && (
            <Select size="small" value={item.rule.value ?? true} onChange={(value: boolean) => set({ rule: { kind: 'equals', value } })}
              options={[{ value: true, label: t('inspections.editor.passIfYes') }, { value: false, label: t('inspections.editor.passIfNo') }]} />
          )}
          {item.type === 'number' && (
            <>
              <InputNumber size="small" placeholder={t('inspections.editor.min')} value={item.rule.min} onChange={(min) => set({ rule: { ...item.rule!, kind: 'range', min } })} data-testid="item-min" />
              <span>~</span>
              <InputNumber size="small" placeholder={t('inspections.editor.max')} value={item.rule.max} onChange={(max) => set({ rule: { ...item.rule!, kind: 'range', max } })} />
            </>
          )}
          {choice && (
            <>
              <Select size="small" value={item.rule.kind as 'anyOf' | 'allOf' | 'noneOf'} onChange={(kind: 'anyOf' | 'allOf' | 'noneOf') => set({ rule: { ...item.rule!, kind } })}
                options={[
                  { value: 'anyOf', label: t('inspections.editor.anyOf') },
                  ...(item.type === 'multiChoice' ? [{ value: 'allOf', label: t('inspections.editor.allOf') }] : []),
                  { value: 'noneOf', label: t('inspections.editor.noneOf') },
                ]} />
              <Select size="small" mode="multiple" style={{ minWidth: 160 }} value={item.rule.values ?? []} onChange={(values: string[]) => set({ rule: { ...item.rule!, values } })} options={optionList} />
            </>
          )}
        </Space>
      )}
      <Space wrap style={{ marginTop: 8 }}>
        <span className="muted">{t('inspections.editor.showIf')}</span>
        <Select
          size="small" allowClear style={{ minWidth: 160 }} placeholder={t('inspections.editor.always')} value={item.showIf?.item}
          onChange={(key?: string) => set({ showIf: key ? { item: key } : null })}
          options={earlier.map((e) => ({ value: e.key, label: e.label.zh || e.key }))}
        />
        {conditionTarget?.type === 'yesNo' && (
          <Select size="small" value={item.showIf?.equals ?? true} onChange={(equals: boolean) => set({ showIf: { item: conditionTarget.key, equals } })}
            options={[{ value: true, label: t('inspections.editor.whenYes') }, { value: false, label: t('inspections.editor.whenNo') }]} />
        )}
        {(conditionTarget?.type === 'choice' || conditionTarget?.type === 'multiChoice') && (
          <Select size="small" mode="multiple" style={{ minWidth: 140 }} placeholder={t('inspections.editor.whenAny')} value={item.showIf?.anyOf ?? []}
            onChange={(anyOf: string[]) => set({ showIf: { item: conditionTarget.key, anyOf } })}
            options={conditionTarget.options.map((o) => ({ value: o.value, label: o.label.zh || o.value }))} />
        )}
        <Button size="small" onClick={() => onMove(-1)}>↑</Button>
        <Button size="small" onClick={() => onMove(1)}>↓</Button>
        <Button size="small" danger type="link" onClick={onRemove}>{t('common.delete')}</Button>
      </Space>
    </div>
  );
}
