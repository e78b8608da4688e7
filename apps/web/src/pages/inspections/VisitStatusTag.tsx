import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { visitStatusColor, type VisitStatus } from './types.ts';

export function VisitStatusTag({ status }: { status: VisitStatus }) {
  const { t } = useTranslation();
  return <Tag color={visitStatusColor[status]} data-testid="visit-status">{t(`inspections.status.${status}`)}</Tag>;
}

/** 暗访 / 明查, and 回访 for a return visit (杀回马枪). */
export function VisitModeTags({ visit }: { visit: { unannounced: boolean; kind: string } }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color={visit.unannounced ? 'volcano' : 'geekblue'}>{visit.unannounced ? t('inspections.mode.unannounced') : t('inspections.mode.announced')}</Tag>
      {visit.kind === 'return_visit' && <Tag color="purple">{t('inspections.mode.returnVisit')}</Tag>}
    </>
  );
}
