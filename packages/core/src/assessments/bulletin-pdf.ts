// 通报 as a PDF (pdfkit), in Chinese with the system's Noto Sans CJK (Debian fonts-noto-cjk):
// overall grades, the ranking table per peer group, vetoes, and the problems to rectify.
import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { DomainError } from '../errors/index.ts';
import { assessmentRankText, signedChange, type AssessmentBulletinData, type AssessmentBulletinRow } from './bulletin-data.ts';

const FONT_CANDIDATES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
];

/** The CJK font file: $DUBAN_CJK_FONT, or Noto Sans CJK where Debian and others install it. */
export function findCjkFont(): string {
  const configured = process.env.DUBAN_CJK_FONT;
  const found = [configured, ...FONT_CANDIDATES].find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new DomainError('BAD_REQUEST', 'errors.assessment.noCjkFont', '服务器未安装中文字体,无法生成 PDF:请安装 fonts-noto-cjk 软件包(apt-get install fonts-noto-cjk),或用 DUBAN_CJK_FONT 指定字体文件', {
      package: 'fonts-noto-cjk',
    });
  }
  return found;
}

const MARGIN = 50;

export async function assessmentBulletinPdf(data: AssessmentBulletinData): Promise<Buffer> {
  const fontPath = findCjkFont();
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: data.title, Author: data.issuer } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  // A .ttc is a collection: name the simplified-Chinese face inside it.
  doc.registerFont('cjk', fontPath, fontPath.endsWith('.ttc') ? (fontPath.includes('Serif') ? 'NotoSerifCJKsc-Regular' : 'NotoSansCJKsc-Regular') : undefined);
  doc.font('cjk');
  const width = doc.page.width - 2 * MARGIN;

  if (!data.publishedAt) doc.fontSize(10).fillColor('#c00').text('【审核稿 · 未发布】', { align: 'right' }).fillColor('black');
  doc.fontSize(18).text(data.title, { align: 'center' });
  doc.moveDown(0.5).fontSize(10).text(`${data.issuer} · 第 ${data.versionNumber} 版${data.publishedAt ? ` · ${data.publishedAt.toISOString().slice(0, 10)} 发布` : ''}`, { align: 'center' });
  doc.moveDown();
  const weights = data.components.map((c) => `${c.name} ${c.weight}%`).join('、');
  doc.fontSize(11).text(
    `根据《${data.planName}》,经单位自查、考核组逐项评分、审核审定,现将 ${data.year} 年度考核结果通报如下。考核由${weights}构成;${data.gradeRule}。`,
    { align: 'justify', lineGap: 3 },
  );

  heading(doc, '一、总体情况');
  doc.fontSize(11).text(`参加考核单位 ${data.rows.length} 个,其中 ${data.gradeCounts.map((g) => `${g.name} ${g.count} 个`).join(',')}。`, { lineGap: 3 });

  heading(doc, '二、考核结果及排名');
  const groups = [...new Set(data.rows.map((r) => r.peerGroup))];
  const columns = [
    { title: '名次', w: 0.1, get: (r: AssessmentBulletinRow) => assessmentRankText(r) },
    { title: '单位', w: 0.2, get: (r: AssessmentBulletinRow) => r.unit },
    { title: '总分', w: 0.11, get: (r: AssessmentBulletinRow) => (r.total === null ? '未完成' : r.total.toFixed(2)) },
    { title: '等次', w: 0.11, get: (r: AssessmentBulletinRow) => r.grade ?? '—' },
    { title: '上年得分', w: 0.12, get: (r: AssessmentBulletinRow) => (r.prevTotal === null ? '—' : r.prevTotal.toFixed(2)) },
    { title: '分数变化', w: 0.12, get: (r: AssessmentBulletinRow) => signedChange(r.scoreChange) },
    { title: '名次变化', w: 0.12, get: (r: AssessmentBulletinRow) => signedChange(r.rankChange) },
    { title: '否决', w: 0.12, get: (r: AssessmentBulletinRow) => (r.vetoed ? '一票否决' : '') },
  ];
  for (const group of groups) {
    if (groups.length > 1) doc.moveDown(0.3).fontSize(11).text(`${group}`, { underline: false });
    table(doc, width, columns, data.rows.filter((r) => r.peerGroup === group));
  }

  heading(doc, '三、一票否决情况');
  const vetoed = data.rows.filter((r) => r.vetoed);
  doc.fontSize(11);
  if (vetoed.length === 0) doc.text('本年度无一票否决单位。');
  for (const r of vetoed) doc.text(`${r.unit}:${r.vetoReasons.join(';')},考核等次为不合格。`, { lineGap: 3 });

  heading(doc, '四、存在问题及整改要求');
  doc.fontSize(11);
  if (data.problems.length === 0) doc.text('无。');
  data.problems.forEach((p, i) => {
    doc.text(`${i + 1}. ${p.unit}:${p.description}${p.requirement ? `。整改要求:${p.requirement}` : ''}${p.task ? `(已交办 ${p.task})` : ''}`, { lineGap: 3 });
  });
  doc.moveDown().text('请各单位对照存在问题认真整改,整改情况纳入下一年度考核重点。', { lineGap: 3 });
  doc.moveDown(2).text(data.issuer, { align: 'right' });
  doc.end();
  return done;
}

function heading(doc: PDFKit.PDFDocument, text: string) {
  doc.moveDown(0.8).fontSize(13).text(text, MARGIN).moveDown(0.3);
}

function table<T>(doc: PDFKit.PDFDocument, width: number, columns: { title: string; w: number; get: (r: T) => string }[], rows: T[]) {
  const rowHeight = 18;
  const drawRow = (cells: string[], bold: boolean) => {
    if (doc.y + rowHeight > doc.page.height - MARGIN) doc.addPage();
    const y = doc.y;
    let x = MARGIN;
    doc.fontSize(9);
    if (bold) doc.rect(MARGIN, y, width, rowHeight).fill('#eeeeee').fillColor('black');
    cells.forEach((cell, i) => {
      const w = columns[i]!.w * width;
      doc.text(cell, x + 3, y + 5, { width: w - 6, height: rowHeight - 4, ellipsis: true, lineBreak: false });
      x += w;
    });
    doc.moveTo(MARGIN, y + rowHeight).lineTo(MARGIN + width, y + rowHeight).strokeColor('#999999').lineWidth(0.5).stroke();
    doc.x = MARGIN;
    doc.y = y + rowHeight;
  };
  drawRow(columns.map((c) => c.title), true);
  for (const r of rows) drawRow(columns.map((c) => c.get(r)), false);
  doc.moveDown(0.5);
}
