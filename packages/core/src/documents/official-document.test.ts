import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessmentBulletinPdf, bulletinNumber } from '../assessments/bulletin-pdf.ts';
import type { AssessmentBulletinData } from '../assessments/bulletin-data.ts';
import { taskNoticePdf } from './task-notice.ts';

/** The PDF's text (pdftotext, layout kept) and its pages rendered as PNG (pdftoppm), as a reader sees them. */
function readPdf(pdf: Buffer) {
  const dir = mkdtempSync(join(tmpdir(), 'duban-pdf-'));
  writeFileSync(join(dir, 'doc.pdf'), pdf);
  const text = execFileSync('pdftotext', ['-layout', join(dir, 'doc.pdf'), '-'], { encoding: 'utf8' });
  execFileSync('pdftoppm', ['-r', '40', '-png', join(dir, 'doc.pdf'), join(dir, 'page')]);
  // Lines wrap and pdftotext drops some spaces: compare without whitespace.
  return { text: text.replace(/\s+/g, ''), pages: readdirSync(dir).filter((f) => f.endsWith('.png')).length };
}

const row = (i: number) => ({
  rank: i + 1, tied: false, unit: `第${i + 1}镇`, peerGroup: i < 20 ? '东片区' : '西片区', total: 95 - i * 0.4, components: [60, 35 - i * 0.4], grade: i < 10 ? '优秀' : '合格',
  vetoed: false, vetoReasons: [], prevTotal: 87.4, prevRank: i + 2, scoreChange: 7.6 - i * 0.4, rankChange: 1,
});

const bulletin = (publishedAt: Date | null): AssessmentBulletinData => ({
  title: '关于2026年度乡镇目标考核结果的通报', issuer: '云峡县目标考核办公室', docNumber: publishedAt ? bulletinNumber(2026, 3) : null,
  planName: '2026年度乡镇目标考核', year: 2026, versionNumber: 1, publishedAt, gradeRule: '优秀 ≥ 90；合格 < 90',
  components: [{ name: '共性指标', weight: 60 }, { name: '个性指标', weight: 40 }], gradeCounts: [{ name: '优秀', count: 10 }, { name: '合格', count: 30 }],
  rows: Array.from({ length: 40 }, (_, i) => row(i)),
  problems: [{ unit: '第1镇', description: '防汛值班记录缺失', requirement: '补齐值班记录', task: '督办〔2026〕7号' }],
  indicators: [], itemScores: [],
});

// Reading a PDF back needs poppler (apt-get install poppler-utils); CI installs it and never skips.
const hasPoppler = spawnSync('pdftotext', ['-v']).error === undefined;
if (!hasPoppler && process.env.CI) throw new Error('pdftotext not found: CI must install poppler-utils');

describe.skipIf(!hasPoppler)('official documents (公文)', () => {
  it('prints the 通报 with 红头, 文号, 落款 date, 抄送 and a page number on every page; changes with two decimals', async () => {
    const { text, pages } = readPdf(await assessmentBulletinPdf(bulletin(new Date('2026-12-02T06:00:00Z'))));
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(text).toContain('云峡县目标考核办公室');
    expect(text).toContain('考核〔2026〕3号');
    for (let p = 1; p <= pages; p++) expect(text).toContain(`—${p}—`);
    expect(text).toContain('2026年12月2日');
    expect(text).toMatch(/抄送：县委/);
    expect(text).toContain('+7.60');
    expect(text).not.toMatch(/\+7\.6(?!0)/);
    // Full-width punctuation after Chinese text in the prose.
    expect(text).toContain('经单位自查、考核组逐项评分、审核审定，现将');
  });

  it('marks an unpublished 通报 as a draft with a blank number', async () => {
    const { text } = readPdf(await assessmentBulletinPdf(bulletin(null)));
    expect(text).toContain('审核稿');
    expect(text).not.toMatch(/考核〔2026〕\d+号/);
  });

  it("prints a 督办单 and a 催办函 under the item's serial", async () => {
    const base = {
      serial: '督办〔2026〕17号', title: '黄泥塘水库溢洪道堵塞', description: '溢洪道杂物堵塞，汛前须清理', supervisingUnit: '县委办督查室', responsibleUnit: '青龙镇',
      assistingUnits: ['水利局'], deadline: new Date('2026-11-20T16:00:00Z'), createdAt: new Date('2026-11-01T02:00:00Z'), listedLeader: '王明', daysOverdue: 12, statusName: '整改中',
    };
    const notice = readPdf(await taskNoticePdf({ ...base, kind: 'notice' }, new Date('2026-12-02T02:00:00Z'))).text;
    expect(notice).toContain('督办〔2026〕17号');
    expect(notice).toContain('青龙镇：');
    expect(notice).toContain('2026年11月21日前办结');
    expect(notice).toContain('—1—');
    const reminder = readPdf(await taskNoticePdf({ ...base, kind: 'reminder' }, new Date('2026-12-02T02:00:00Z'))).text;
    expect(reminder).toContain('逾期12天');
    expect(reminder).toContain('抄送：责任领导王明');
  });
});
