import { Button, Card, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../api/types.ts';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect.tsx';

export interface JointShare {
  orgUnitId?: string;
  duty: string;
  handleDays: number;
}

const isGroup = (u: OrgUnit) => u.level === 'group';

/**
 * 派单 as a joint case: the lead unit's share and each co-handler's (unit, duty, 办理时限), as the
 * joint-case form asks them, with the limit in days after 派单 as a complaint counts it.
 */
export function JointShareFields({ lead, coHandlers, selectable, onLead, onCoHandlers }: {
  lead: JointShare;
  coHandlers: JointShare[];
  selectable: (u: OrgUnit) => boolean;
  onLead: (s: JointShare) => void;
  onCoHandlers: (s: JointShare[]) => void;
}) {
  const { t } = useTranslation();
  const fields = (s: JointShare, set: (s: JointShare) => void, testId: string) => (
    <div className="cmp-share">
      <OrgUnitTreeSelect value={s.orgUnitId ?? null} onChange={(orgUnitId) => set({ ...s, orgUnitId })} selectable={selectable} prune={isGroup} data-testid={`${testId}-unit`} />
      <div className="cmp-share-row">
        <Input maxLength={60} value={s.duty} onChange={(e) => set({ ...s, duty: e.target.value })} placeholder={t('complaints.dispatch.dutyPlaceholder')} aria-label={t('complaints.dispatch.duty')} data-testid={`${testId}-duty`} />
        <InputNumber min={1} max={180} precision={0} value={s.handleDays} onChange={(v) => set({ ...s, handleDays: v ?? s.handleDays })} addonAfter={t('complaints.dispatch.daysUnit')} aria-label={t('complaints.dispatch.handleDays')} data-testid={`${testId}-days`} />
      </div>
    </div>
  );
  return (
    <>
      <Card size="small" title={t('complaints.dispatch.lead')} className="cmp-share-card">{fields(lead, onLead, 'joint-lead')}</Card>
      {coHandlers.map((s, i) => (
        <Card
          key={i}
          size="small"
          className="cmp-share-card"
          title={`${t('complaints.dispatch.coHandlers')} ${i + 1}`}
          extra={coHandlers.length > 1 && <Button type="link" size="small" danger onClick={() => onCoHandlers(coHandlers.filter((_, j) => j !== i))}>{t('common.delete')}</Button>}
        >
          {fields(s, (n) => onCoHandlers(coHandlers.map((o, j) => (j === i ? n : o))), `joint-co-${i}`)}
        </Card>
      ))}
      <Button block type="dashed" onClick={() => onCoHandlers([...coHandlers, { duty: '', handleDays: lead.handleDays }])} data-testid="joint-add-co">{t('complaints.dispatch.addCoHandler')}</Button>
    </>
  );
}
