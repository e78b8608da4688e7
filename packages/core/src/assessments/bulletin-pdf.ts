// 通报 as a county office issues it (official-document.ts: 红头, 文号, 落款, 抄送, page numbers):
// overall grades, the ranking table per peer group, vetoes, and the problems to rectify.
import { heading, paragraph, renderOfficialDocument, type Pdf } from '../documents/official-document.ts';
import { assessmentRankText, signedChange, type AssessmentBulletinData, type AssessmentBulletinRow } from './bulletin-data.ts';

/** Bulletins are numbered 考核〔year〕n号 per county and year, in order of publication. */
export const bulletinNumber = (year: number, n: number) => `考核〔${year}〕${n}号`;

export async function assessmentBulletinPdf(data: AssessmentBulletinData): Promise<Buffer> {
  return renderOfficialDocument({
    issuer: data.issuer,
    docNumber: data.docNumber,
    title: data.title,
    addressee: '各乡镇党委、政府，县直各部门',
    date: data.publishedAt,
    draftLabel: `【审核稿 · 第 ${data.versionNumber} 版 · 未发布】`,
    copyTo: ['县委、县人大、县政府、县政协领导', '县纪委监委'],
    body: (doc, { width, left }) => {
      const weights = data.components.map((c) => `${c.name} ${c.weight}%`).join('、');
      paragraph(doc, `根据《${data.planName}》，经单位自查、考核组逐项评分、审核审定，现将${data.year}年度考核结果通报如下。考核由${weights}构成；${data.gradeRule}。`);

      heading(doc, '一、总体情况', left);
      paragraph(doc, `参加考核单位${data.rows.length}个，其中${data.gradeCounts.map((g) => `${g.name}${g.count}个`).join('，')}。`);

      heading(doc, '二、考核结果及排名', left);
      const groups = [...new Set(data.rows.map((r) => r.peerGroup))];
      const columns = [
        { title: '名次', w: 0.1, get: (r: AssessmentBulletinRow) => assessmentRankText(r) },
        { title: '单位', w: 0.2, get: (r: AssessmentBulletinRow) => r.unit },
        { title: '总分', w: 0.11, get: (r: AssessmentBulletinRow) => (r.total === null ? '未完成' : r.total.toFixed(2)) },
        { title: '等次', w: 0.11, get: (r: AssessmentBulletinRow) => r.grade ?? '—' },
        { title: '上年得分', w: 0.12, get: (r: AssessmentBulletinRow) => (r.prevTotal === null ? '—' : r.prevTotal.toFixed(2)) },
        { title: '分数变化', w: 0.12, get: (r: AssessmentBulletinRow) => signedChange(r.scoreChange, 2) },
        { title: '名次变化', w: 0.12, get: (r: AssessmentBulletinRow) => signedChange(r.rankChange) },
        { title: '否决', w: 0.12, get: (r: AssessmentBulletinRow) => (r.vetoed ? '一票否决' : '') },
      ];
      for (const group of groups) {
        if (groups.length > 1) doc.moveDown(0.3).font('title').fontSize(12).text(group, left);
        table(doc, left, width, columns, data.rows.filter((r) => r.peerGroup === group));
      }

      heading(doc, '三、一票否决情况', left);
      const vetoed = data.rows.filter((r) => r.vetoed);
      if (vetoed.length === 0) paragraph(doc, '本年度无一票否决单位。');
      for (const r of vetoed) paragraph(doc, `${r.unit}：${r.vetoReasons.join('；')}，考核等次为不合格。`);

      heading(doc, '四、存在问题及整改要求', left);
      if (data.problems.length === 0) paragraph(doc, '无。');
      data.problems.forEach((p, i) => {
        paragraph(doc, `${i + 1}. ${p.unit}：${p.description}${p.requirement ? `。整改要求：${p.requirement}` : ''}${p.task ? `（已交办${p.task}）` : ''}`);
      });
      paragraph(doc, '请各单位对照存在问题认真整改，整改情况纳入下一年度考核重点。');
    },
  });
}

function table<T>(doc: Pdf, left: number, width: number, columns: { title: string; w: number; get: (r: T) => string }[], rows: T[]) {
  const rowHeight = 18;
  const drawRow = (cells: string[], head: boolean) => {
    if (doc.y + rowHeight > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const y = doc.y;
    let x = left;
    doc.font(head ? 'title' : 'body').fontSize(9).fillColor('black');
    if (head) doc.rect(left, y, width, rowHeight).fill('#eeeeee').fillColor('black');
    cells.forEach((cell, i) => {
      const w = columns[i]!.w * width;
      doc.text(cell, x + 3, y + 5, { width: w - 6, height: rowHeight - 4, ellipsis: true, lineBreak: false });
      x += w;
    });
    doc.moveTo(left, y + rowHeight).lineTo(left + width, y + rowHeight).strokeColor('#999999').lineWidth(0.5).stroke();
    doc.x = left;
    doc.y = y + rowHeight;
  };
  drawRow(columns.map((c) => c.title), true);
  for (const r of rows) drawRow(columns.map((c) => c.get(r)), false);
  doc.moveDown(0.5);
}
