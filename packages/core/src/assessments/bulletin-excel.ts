// 通报 as an Excel workbook: the ranking (with component scores and year-on-year change), every
// unit's indicator scores, vetoes and the problems to rectify — sortable and filterable sheets.
import ExcelJS from 'exceljs';
import { assessmentRankText, type AssessmentBulletinData } from './bulletin-data.ts';

const bold = (ws: ExcelJS.Worksheet) => {
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
};

export async function assessmentBulletinWorkbook(data: AssessmentBulletinData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = data.publishedAt ?? new Date();
  wb.title = data.title;

  const ranking = wb.addWorksheet('考核排名');
  ranking.columns = [
    { header: '比较组', key: 'group', width: 12 },
    { header: '名次', key: 'rank', width: 10 },
    { header: '单位', key: 'unit', width: 16 },
    ...data.components.map((c, i) => ({ header: `${c.name}(${c.weight}%)`, key: `c${i}`, width: 14, style: { numFmt: '0.00' } })),
    { header: '总分', key: 'total', width: 10, style: { numFmt: '0.00' } },
    { header: '等次', key: 'grade', width: 10 },
    { header: '上年得分', key: 'prevTotal', width: 10, style: { numFmt: '0.00' } },
    { header: '上年名次', key: 'prevRank', width: 10 },
    { header: '分数变化', key: 'scoreChange', width: 10, style: { numFmt: '+0.00;-0.00;0.00' } },
    { header: '名次变化', key: 'rankChange', width: 10, style: { numFmt: '+0;-0;0' } },
    { header: '一票否决', key: 'veto', width: 40 },
  ];
  for (const r of data.rows) {
    const row = ranking.addRow({
      group: r.peerGroup, rank: assessmentRankText(r), unit: r.unit, ...Object.fromEntries(r.components.map((s, i) => [`c${i}`, s])),
      total: r.total, grade: r.grade ?? '', prevTotal: r.prevTotal, prevRank: r.prevRank, scoreChange: r.scoreChange, rankChange: r.rankChange,
      veto: r.vetoReasons.join(';'),
    });
    if (r.vetoed) row.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } }));
  }
  bold(ranking);
  ranking.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ranking.columns.length } };

  const detail = wb.addWorksheet('指标得分');
  detail.columns = [
    { header: '单位', key: 'unit', width: 16 },
    ...data.indicators.map((ind) => ({ header: `${ind.component}·${ind.name}(${ind.maxScore})`, key: ind.key, width: 14, style: { numFmt: '0.00' } })),
  ];
  for (const u of data.itemScores) detail.addRow({ unit: u.unit, ...u.scores });
  bold(detail);

  const vetoes = wb.addWorksheet('一票否决');
  vetoes.columns = [
    { header: '单位', key: 'unit', width: 16 },
    { header: '否决事由', key: 'reason', width: 80 },
  ];
  for (const r of data.rows.filter((x) => x.vetoed)) for (const reason of r.vetoReasons) vetoes.addRow({ unit: r.unit, reason });
  bold(vetoes);

  const problems = wb.addWorksheet('存在问题');
  problems.columns = [
    { header: '序号', key: 'n', width: 6 },
    { header: '单位', key: 'unit', width: 16 },
    { header: '问题', key: 'description', width: 60 },
    { header: '整改要求', key: 'requirement', width: 40 },
    { header: '督办编号', key: 'task', width: 18 },
  ];
  data.problems.forEach((p, i) => problems.addRow({ n: i + 1, unit: p.unit, description: p.description, requirement: p.requirement ?? '', task: p.task ?? '' }));
  bold(problems);

  return Buffer.from(await wb.xlsx.writeBuffer());
}
