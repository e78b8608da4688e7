// 督办单 (the hand-over notice of one item) and 催办函 (the reminder for an overdue one), as the
// supervising office issues them; the item's own serial (督办〔2026〕17号) is the 文号.
import { chineseDate, paragraph, renderOfficialDocument } from './official-document.ts';

export interface TaskNoticeData {
  kind: 'notice' | 'reminder';
  serial: string;
  title: string;
  description: string | null;
  supervisingUnit: string;
  responsibleUnit: string;
  assistingUnits: string[];
  deadline: Date;
  createdAt: Date;
  /** 挂牌督办: the responsible leader named on the item. */
  listedLeader: string | null;
  /** Whole days past the deadline (催办函). */
  daysOverdue: number;
  statusName: string;
}

export async function taskNoticePdf(d: TaskNoticeData, now = new Date()): Promise<Buffer> {
  const reminder = d.kind === 'reminder';
  return renderOfficialDocument({
    issuer: d.supervisingUnit,
    docNumber: d.serial,
    title: reminder ? `关于催办「${d.title}」的函` : `督办单：${d.title}`,
    addressee: d.responsibleUnit,
    date: now,
    copyTo: [...(d.listedLeader ? [`责任领导${d.listedLeader}`] : []), ...d.assistingUnits.map((u) => `${u}（协办）`)],
    body: (doc) => {
      if (reminder) {
        paragraph(doc, `${chineseDate(d.createdAt)}交办你单位的督办事项「${d.title}」（${d.serial}），办理期限为${chineseDate(d.deadline)}，现已逾期${d.daysOverdue}天，当前状态为「${d.statusName}」。`);
        paragraph(doc, '请你单位接函后立即组织办理，于3个工作日内将整改情况及佐证材料报送督查室；逾期仍未办结的，将按规定提级督办并纳入年度考核。');
      } else {
        paragraph(doc, `现将「${d.title}」交由你单位办理，请于${chineseDate(d.deadline)}前办结，并将整改情况及佐证材料报送督查室。`);
        if (d.description) paragraph(doc, `事项说明：${d.description}`);
        if (d.assistingUnits.length) paragraph(doc, `协办单位：${d.assistingUnits.join('、')}，请积极配合。`);
        if (d.listedLeader) paragraph(doc, `本事项已挂牌督办，责任领导：${d.listedLeader}。`);
        paragraph(doc, '请在督办平台签收并按期反馈办理情况。');
      }
    },
  });
}
