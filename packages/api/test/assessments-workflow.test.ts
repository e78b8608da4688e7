import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { newId } from '@duban/db';
import { describe, expect, it } from 'vitest';
import { allMethodsConfig, assessorPanel, days } from './assessments-fixture.ts';
import { useTestCounty } from './county-fixture.ts';

describe('assessment workflow with every method (考核全流程)', () => {
  const t = useTestCounty();

  it('configures, self-checks, scores, computes, explains, reviews, publishes, corrects', async () => {
    const countyId = t.county.county.id;
    const [T1, T2, T3] = t.county.seeded.townships.map((x) => x.id);
    const office = t.county.seeded.departments.get('assessment-office')!;
    const panel = await assessorPanel(t.api.database, t.county);
    const duchashi = await t.api.as('a-duchashi');

    // Supervision figures feed the formulas: T1 closes one item on time (办结率 100%, 按期 100%).
    const task = await duchashi.task.handOver({ title: '整治河道垃圾', supervisingUnitId: countyId, responsibleUnitId: T1!, deadline: days(10) });
    const xz = await t.api.as('a-xiangzhen');
    await xz.task.handle({ taskId: task.id, action: 'sign' });
    await xz.task.handle({ taskId: task.id, action: 'start' });
    await xz.task.handle({ taskId: task.id, action: 'submit', note: '已清理完毕' });
    await duchashi.task.verify({ taskId: task.id, action: 'pass' });
    // T3 has an item listed for supervision, overdue and still open: the automatic veto.
    await t.api.database.prisma.task.create({
      data: { countyId, id: newId(), serial: '督办〔2026〕99号', kind: 'rectification', title: '病险水库除险加固', supervisingUnitId: countyId, responsibleUnitId: T3!, deadline: new Date(Date.now() - 86_400_000), status: 'rectifying', escalation: 'listed' },
    });

    const created = await duchashi.assessment.createPlan({
      ownerUnitId: office.id, name: '2026年度乡镇综合考核', year: 2026, periodStart: days(-180), periodEnd: days(30),
      units: { mode: 'level', level: 'township' }, grouping: { by: 'all' }, config: allMethodsConfig(),
    });
    const planId = created.planId;
    expect(created).toMatchObject({ versionNumber: 1, status: 'draft', newVersion: false });
    await expect(duchashi.assessment.start({ planId })).rejects.toThrow('请先确定考核组成员');
    await duchashi.assessment.setAssessors({ planId, userIds: panel });
    await duchashi.assessment.start({ planId });

    // 自查 with evidence; a township cannot touch its neighbour's.
    const plan = await duchashi.assessment.getPlan({ planId });
    expect(plan.units).toHaveLength(3);
    expect(plan.configErrors).toEqual([]);
    const unitOf = (id: string) => plan.units.find((u) => u.orgUnit.id === id)!.assessmentUnitId;
    await xz.assessment.saveSelfCheck({ assessmentUnitId: unitOf(T1!), items: [{ indicatorKey: 'm1', selfScore: 39, note: '全部目标完成' }] });
    const file = await xz.assessment.uploadEvidence({ assessmentUnitId: unitOf(T1!), indicatorKey: 'm1', file: { fileName: '完成情况.png', contentType: 'image/png', base64: Buffer.from('PNGDATA').toString('base64') } });
    await xz.assessment.submitSelfCheck({ assessmentUnitId: unitOf(T1!) });
    await expect(xz.assessment.saveSelfCheck({ assessmentUnitId: unitOf(T1!), items: [{ indicatorKey: 'm1', selfScore: 40 }] })).rejects.toThrow('自查已提交');
    const xz2 = await t.api.as('a-xiangzhen2');
    await expect(xz2.assessment.saveSelfCheck({ assessmentUnitId: unitOf(T1!), items: [{ indicatorKey: 'm1', selfScore: 1 }] })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    await duchashi.assessment.openScoring({ planId });
    const assessors = [await t.api.as('a-kaohe'), await t.api.as('a-kaohe2'), await t.api.as('a-kaohe3')];
    const sheet = await assessors[0]!.assessment.scoringSheet({ planId });
    expect(sheet).toMatchObject({ editable: true, isAssessor: true });
    expect(sheet.selfChecks).toContainEqual({ orgUnitId: T1, indicatorKey: 'm1', selfScore: 39, note: '全部目标完成' });
    const grid: Record<string, Record<string, (number | null)[]>> = {
      [T1!]: { m1: [36, 38, 40], m2: [27, 27, 27], m3: [54, 54, 54] },
      [T2!]: { m1: [40, 40, 40], m2: [30, 30, 30], m3: [60, 60, 60] },
      // The third assessor has not scored T3's m1: averaged over the two who did (the plan's rule).
      [T3!]: { m1: [30, 30, null], m2: [20, 20, 20], m3: [45, 45, 45] },
    };
    for (const [i, a] of assessors.entries()) {
      const scores = Object.entries(grid).flatMap(([orgUnitId, items]) =>
        Object.entries(items).flatMap(([indicatorKey, v]) => (v[i] === null ? [] : [{ orgUnitId, indicatorKey, score: v[i]! }])),
      );
      await a.assessment.saveScores({ planId, scores });
    }
    await expect(assessors[0]!.assessment.saveScores({ planId, scores: [{ orgUnitId: T1!, indicatorKey: 'm1', score: 41 }] })).rejects.toThrow('超过满分 40');
    await expect(assessors[0]!.assessment.saveScores({ planId, scores: [{ orgUnitId: T1!, indicatorKey: 'd1', score: 1 }] })).rejects.toThrow('不是逐项打分指标');
    await expect(duchashi.assessment.saveScores({ planId, scores: [{ orgUnitId: T1!, indicatorKey: 'm1', score: 1 }] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await assessors[0]!.assessment.recordEntry({ planId, orgUnitId: T1!, indicatorKey: 'd1', kind: 'deduction', count: 2, note: '防汛值班记录缺失两次' });
    await assessors[0]!.assessment.recordEntry({ planId, orgUnitId: T2!, indicatorKey: 'b1', kind: 'bonus', points: 3, note: '获市级表彰' });
    await expect(assessors[0]!.assessment.recordEntry({ planId, orgUnitId: T2!, indicatorKey: 'b1', kind: 'deduction', count: 1, note: '错误类型' })).rejects.toThrow('不是扣分指标');
    await duchashi.assessment.recordVeto({ planId, orgUnitId: T2!, ruleKey: 'major', reason: '发生较大安全生产责任事故' });
    await expect(duchashi.assessment.recordVeto({ planId, orgUnitId: T2!, ruleKey: 'listed', reason: '手工' })).rejects.toThrow('自动认定');

    const computed = await duchashi.assessment.compute({ planId });
    expect(computed).toMatchObject({ units: 3, complete: 3 });
    const results = await duchashi.assessment.results({ planId });
    const row = (id: string) => results.items.find((r) => r.orgUnit.id === id)!;
    // T1: A = 38 + 27 + (20 − 2×5) + 0 + 10 = 85; B = 54 + 40 = 94; 0.6×85 + 0.4×94 = 88.6.
    expect(row(T1!)).toMatchObject({ total: 88.6, grade: { name: '合格' }, vetoed: false, rank: 1, tied: false, groupSize: 3, components: [{ key: 'A', score: 85 }, { key: 'B', score: 94 }] });
    // T2: A = 40 + 30 + 20 + 3 + 0 (no supervision data) = 93; B = 60 + 0 = 60 → 79.8, vetoed → 不合格.
    expect(row(T2!)).toMatchObject({ total: 79.8, grade: { name: '不合格' }, vetoed: true, vetoReasons: ['重大责任事故:发生较大安全生产责任事故'], rank: 2 });
    // T3: A = 30 (two of three assessors) + 20 + 20 + 0 + 0 = 70; B = 45 → 60; auto-vetoed too, and ranked after T2.
    expect(row(T3!)).toMatchObject({ total: 60, grade: { name: '不合格' }, vetoed: true, rank: 3, missingScores: 1 });
    expect(row(T3!).vetoReasons[0]).toBe('挂牌督办逾期未整改:督办〔2026〕99号 病险水库除险加固(挂牌督办,逾期未整改)');

    // The explanation traces each point.
    const e = await duchashi.assessment.explain({ assessmentUnitId: unitOf(T1!) });
    const items = e.components.flatMap((c) => c.categories.flatMap((g) => g.indicators));
    const item = (k: string) => items.find((i) => i.key === k)!;
    expect(e.total).toBe(88.6);
    expect(item('m1').rule).toContain('(36 + 38 + 40) ÷ 3 = 38.00');
    expect(item('m1').assessors!.map((a) => a.score)).toEqual([36, 38, 40]);
    expect(item('m1').selfCheck).toMatchObject({ selfScore: 39, evidence: [{ id: file.id, fileName: '完成情况.png' }] });
    expect(item('d1')).toMatchObject({ score: 10, entries: [{ count: 2, note: '防汛值班记录缺失两次' }] });
    expect(item('f1').metric).toMatchObject({ key: 'core.task.completionRate', name: '办结率', value: '100' });
    expect(item('f2').rule).toContain('≥ 95 得 40 分');
    const e3 = await duchashi.assessment.explain({ assessmentUnitId: unitOf(T3!) });
    expect(e3.components[0]!.categories[0]!.indicators[0]!.flags).toContain('有评委未评分');
    expect(e3.vetoes.map((v) => v.source)).toEqual(['auto']);

    // Units see nothing before publication; review locks the scores.
    expect((await xz.assessment.results({ planId })).items).toEqual([]);
    await duchashi.assessment.submitForReview({ planId });
    await expect(assessors[0]!.assessment.saveScores({ planId, scores: [{ orgUnitId: T1!, indicatorKey: 'm1', score: 1 }] })).rejects.toThrow('不能修改评分');
    await expect(duchashi.assessment.publish({ planId })).rejects.toThrow('不能发布');
    await duchashi.assessment.approve({ planId });
    await duchashi.assessment.publish({ planId });

    // Published: a township sees its own row and explanation (frozen), not its neighbours'.
    const mine = await xz.assessment.results({ planId });
    expect(mine.items.map((r) => [r.orgUnit.id, r.rank, r.groupSize])).toEqual([[T1, 1, 3]]);
    expect((await xz.assessment.explain({ assessmentUnitId: unitOf(T1!) })).frozen).toBe(true);
    await expect(xz.assessment.explain({ assessmentUnitId: unitOf(T2!) })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await xz.assessment.myAssessments())[0]).toMatchObject({ planId, result: { total: 88.6, rank: 1, grade: { key: 'pass', name: '合格' } } });

    // Problems from the deduction and the vetoes; one becomes a rectification item.
    const problems = await duchashi.assessment.problems({ planId });
    expect(problems.map((p) => p.source).sort()).toEqual(['deduction', 'veto', 'veto']);
    const deduction = problems.find((p) => p.source === 'deduction')!;
    expect(deduction.description).toBe('台账缺失:防汛值班记录缺失两次');
    const rect = await duchashi.assessment.createRectification({ problemId: deduction.id, deadline: days(20) });
    const handed = await t.api.database.prisma.task.findFirstOrThrow({ where: { id: rect.taskId } });
    expect(handed).toMatchObject({ responsibleUnitId: T1, supervisingUnitId: office.id, kind: 'rectification' });
    await expect(duchashi.assessment.createRectification({ problemId: deduction.id, deadline: days(20) })).rejects.toThrow('已交办');

    // 通报: PDF with Chinese text and a workbook with the ranking.
    const pdf = Buffer.from((await xz.assessment.bulletinPdf({ planId })).fileBase64, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5_000);
    // The published 通报 carries its 文号 (the county's first of the year) and page numbers.
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toMatch(/考核〔\d{4}〕1号/);
    expect(text).toContain('—1—');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from((await duchashi.assessment.bulletinExcel({ planId })).fileBase64, 'base64') as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['考核排名', '指标得分', '一票否决', '存在问题']);
    const ranking = wb.getWorksheet('考核排名')!;
    expect(ranking.getRow(2).getCell(3).value).toBe(t.county.seeded.townships[0]!.name);
    expect(wb.getWorksheet('存在问题')!.rowCount).toBe(4);

    // Published results are immutable: the database itself refuses, and so does the API.
    const v1 = (await duchashi.assessment.getPlan({ planId })).version;
    await expect(t.api.database.sql.exec(`UPDATE assessment_result SET total = 100 WHERE version_id = '${v1.id}'`)).rejects.toThrow(/immutable/);
    await expect(t.api.database.sql.exec(`UPDATE assessment_version SET config = '{}' WHERE id = '${v1.id}'`)).rejects.toThrow(/immutable/);
    await expect(assessors[0]!.assessment.saveScores({ planId, scores: [{ orgUnitId: T1!, indicatorKey: 'm1', score: 1 }] })).rejects.toThrow('不能修改评分');
    await expect(duchashi.assessment.updatePlan({ planId, config: allMethodsConfig(), reason: '调整' })).rejects.toThrow('更正');

    // 更正: a new version with a reason; the published version keeps its results.
    const corrected = await duchashi.assessment.correct({ planId, reason: '复核发现金凤镇评分录入错误' });
    expect(corrected).toMatchObject({ versionNumber: 2, status: 'scoring', newVersion: true });
    await assessors[2]!.assessment.saveScores({ planId, scores: [{ orgUnitId: T3!, indicatorKey: 'm1', score: 36 }] });
    await duchashi.assessment.compute({ planId });
    const v2 = await duchashi.assessment.results({ planId });
    expect(v2.version!.number).toBe(2);
    expect(v2.items.find((r) => r.orgUnit.id === T3)!.total).toBe(61.2); // A = 32 + 20 + 20 = 72 → 43.2 + 18
    const old = await duchashi.assessment.results({ planId, versionId: v1.id });
    expect(old.items.find((r) => r.orgUnit.id === T3)!.total).toBe(60);
    expect(old.version).toMatchObject({ number: 1, status: 'published' });
    // Units still see the published version while the correction is under way.
    expect((await xz.assessment.results({ planId })).version!.number).toBe(1);
    const versions = (await duchashi.assessment.getPlan({ planId })).versions;
    expect(versions.map((v) => [v.number, v.status, v.reason])).toEqual([[2, 'active', '更正:复核发现金凤镇评分录入错误'], [1, 'published', null]]);
  }, 180_000);
});
