import type { ComplaintStage } from '@duban/api/schemas';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const colors: Record<ComplaintStage, string> = { merged: 'default', received: 'gold', handling: 'processing', callback: 'purple', closed: 'success' };

export function StageTag({ stage }: { stage: ComplaintStage }) {
  const { t } = useTranslation();
  return <Tag color={colors[stage]} data-testid="complaint-stage">{t(`complaints.stages.${stage}`)}</Tag>;
}

/** 重复件 / 重复投诉 / 匿名, beside a complaint's subject. */
export function ComplaintFlags({ c }: { c: { duplicateOfId: string | null; repeatOfId: string | null; anonymous: boolean } }) {
  const { t } = useTranslation();
  return (
    <span className="cmp-flags">
      {c.duplicateOfId && <Tag color="orange">{t('complaints.flags.duplicate')}</Tag>}
      {c.repeatOfId && <Tag color="red" data-testid="flag-repeat">{t('complaints.flags.repeat')}</Tag>}
      {c.anonymous && <Tag>{t('complaints.flags.anonymous')}</Tag>}
    </span>
  );
}
