import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** 已完成 / 逾期未完成 / 进行中, as the server computed it. */
export function LetterStatusTag({ done, overdue }: { done: boolean; overdue: boolean }) {
  const { t } = useTranslation();
  if (done) return <Tag color="green" data-testid="letter-status" data-status="done">{t('accountability.letters.done')}</Tag>;
  if (overdue) return <Tag color="red" data-testid="letter-status" data-status="overdue">{t('accountability.letters.overdueTag')}</Tag>;
  return <Tag color="blue" data-testid="letter-status" data-status="open">{t('accountability.letters.inProgress')}</Tag>;
}
