import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { evaluateChecklist } from './checklist-evaluate.ts';
import { parseChecklistTemplate, type ChecklistTemplate } from './checklist-template.ts';

/** The flat shape the first plugin template was written in (flood-control's office checklist). */
const legacy: ChecklistTemplate = {
  key: 'flood-control.township-office',
  name: { zh: '乡镇防办规范化建设', en: 'Township flood office standard' },
  items: [
    { key: 'staff', label: { zh: '不少于 2 名正式在编人员值班', en: 'At least 2 formal staff on duty' }, type: 'number', required: true, passRule: '>=2', score: 25 },
    { key: 'room', label: { zh: '有专用值班室', en: 'Dedicated duty room' }, type: 'yesNo', required: true, score: 25 },
    { key: 'rules', label: { zh: '值班制度上墙', en: 'Duty rules posted' }, type: 'photo', required: true, score: 25 },
  ],
};

const full: ChecklistTemplate = {
  key: 'sanitation',
  name: { zh: '农村环境卫生检查', en: 'Rural sanitation check' },
  passPercent: 80,
  sections: [
    {
      key: 'facilities', title: { zh: '设施', en: 'Facilities' },
      items: [
        { key: 'bins', label: { zh: '垃圾桶数量', en: 'Bins' }, type: 'number', unit: '个', passRule: { kind: 'range', min: 10 }, score: 20 },
        { key: 'cleaner', label: { zh: '配备保洁员', en: 'Cleaner' }, type: 'yesNo', required: true, score: 20, critical: true },
        { key: 'cleanerCount', label: { zh: '保洁员人数', en: 'Cleaners' }, type: 'number', required: true, showIf: { item: 'cleaner', equals: true }, passRule: '>=1', score: 10 },
      ],
    },
    {
      key: 'site', title: { zh: '现场', en: 'Site' },
      items: [
        { key: 'state', label: { zh: '路面状况', en: 'Road' }, type: 'choice', options: ['干净', '一般', { value: 'dirty', label: { zh: '脏乱', en: 'Dirty' } }], passRule: { kind: 'noneOf', values: ['dirty'] }, score: 20 },
        { key: 'measures', label: { zh: '已落实措施', en: 'Measures' }, type: 'multiChoice', options: ['分类', '清运', '公示'], passRule: { kind: 'allOf', values: ['分类', '清运'] }, score: 20 },
        { key: 'photos', label: { zh: '现场照片', en: 'Photos' }, type: 'photo', minCount: 2, score: 10 },
        { key: 'sign', label: { zh: '被检查单位签字', en: 'Signature' }, type: 'signature', required: true },
        { key: 'where', label: { zh: '定位', en: 'Location' }, type: 'gps' },
        { key: 'when', label: { zh: '检查日期', en: 'Date' }, type: 'date' },
        { key: 'note', label: { zh: '备注', en: 'Note' }, type: 'text' },
      ],
    },
  ],
};

describe('checklist templates', () => {
  it('keeps the flat plugin shape valid: one unnamed section, comparison strings as thresholds', () => {
    const t = parseChecklistTemplate(legacy);
    expect(t.sections).toHaveLength(1);
    expect(t.sections[0]!.items.map((i) => i.key)).toEqual(['staff', 'room', 'rules']);
    expect(t.sections[0]!.items[0]!.passRule).toEqual({ kind: 'compare', op: '>=', value: 2 });
    expect(t.sections[0]!.items[1]!.passRule).toEqual({ kind: 'equals', value: true });
    expect(t.sections[0]!.items[2]!.minCount).toBe(1);
  });

  it('refuses inconsistent templates, saying what to fix', () => {
    const bad = {
      key: 'x', name: { zh: '坏模板' },
      items: [
        { key: 'a', label: { zh: '甲' }, type: 'choice', options: ['只有一个'] },
        { key: 'a', label: { zh: '乙' }, type: 'yesNo', passRule: { kind: 'range', min: 1 } },
        { key: 'c', label: { zh: '丙' }, type: 'text', showIf: { item: 'later' } },
        { key: 'later', label: { zh: '丁' }, type: 'text', minCount: 2, critical: true },
      ],
    };
    try {
      parseChecklistTemplate(bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ZodError);
      const messages = (e as ZodError).issues.map((i) => i.message);
      expect(messages).toEqual(expect.arrayContaining([
        '「甲」是选择题,至少需要两个选项',
        '检查项编码「a」重复',
        '「乙」的判定规则与题型不符',
        '「丙」的显示条件须引用它之前的检查项(「later」不在它之前)',
        '「丁」不是拍照项,不能设置最少张数',
        '「丁」不判定合格与否,不能设为否决项',
      ]));
    }
    expect(() => parseChecklistTemplate({ key: 'empty', name: { zh: '空' } })).toThrow(/模板至少需要一个检查项/);
  });
});

describe('checklist evaluation', () => {
  const t = parseChecklistTemplate(full);
  const complete = {
    bins: 12, cleaner: true, cleanerCount: 2, state: '干净', measures: ['分类', '清运'], photos: ['p1', 'p2'], sign: 's1',
    where: { lat: 30.7, lng: 111.3 }, when: '2026-05-01', note: '良好',
  };

  it('scores a clean record and passes it', () => {
    const e = evaluateChecklist(t, complete);
    expect(e.problems).toEqual([]);
    expect(e).toMatchObject({ score: 100, maxScore: 100, passed: true, failedItems: [] });
  });

  it('fails items against thresholds and choices, with reasons, and passes by percentage', () => {
    const e = evaluateChecklist(t, { ...complete, bins: 8, measures: ['分类'] });
    expect(e.failedItems).toEqual(['bins', 'measures']);
    expect(e.items.bins).toMatchObject({ passed: false, score: 0, maxScore: 20, reason: '实际 8个,要求 ≥ 10个' });
    expect(e.items.measures!.reason).toBe('未做到「清运」');
    expect(e.score).toBe(60);
    expect(e.passed).toBe(false); // 60% < 80%
    const one = evaluateChecklist(t, { ...complete, state: 'dirty' });
    expect(one.items.state!.reason).toBe('选择了「脏乱」');
    expect(one).toMatchObject({ score: 80, passed: true });
  });

  it('hides conditional items, drops their answers, and fails the record on a critical item', () => {
    const e = evaluateChecklist(t, { ...complete, cleaner: false });
    expect(e.items.cleanerCount).toMatchObject({ shown: false });
    expect(e.answers).not.toHaveProperty('cleanerCount');
    expect(e.maxScore).toBe(90);
    expect(e.score).toBe(70); // 77.8% — and the critical item failed anyway
    expect(e.passed).toBe(false);
  });

  it('lists what is missing or malformed', () => {
    const e = evaluateChecklist(t, { ...complete, cleanerCount: undefined, photos: ['only-one'], sign: null, when: '5月1日', ghost: 1 });
    expect(e.problems.map((p) => p.message)).toEqual([
      '模板中没有检查项「ghost」',
      '「保洁员人数」为必填项',
      '「现场照片」至少需要 2 张照片',
      '「被检查单位签字」为必填项',
      '「检查日期」应填写日期(年-月-日)',
    ]);
  });

  it('judges legacy rules: a number below the threshold fails with the comparison', () => {
    const e = evaluateChecklist(parseChecklistTemplate(legacy), { staff: 1, room: true, rules: ['p'] });
    expect(e.items.staff).toMatchObject({ passed: false, reason: '实际 1,要求 >= 2' });
    expect(e).toMatchObject({ score: 50, maxScore: 75, passed: false });
  });

  it('refuses impossible numbers instead of judging them: a rate of 250 % or −30 %, a count below its minimum', () => {
    const rated = parseChecklistTemplate({
      key: 'r', name: { zh: '整改' },
      items: [
        { key: 'rate', label: { zh: '上次督查问题整改完成率' }, type: 'number', unit: '%', required: true, passRule: { kind: 'range', min: 90 } },
        { key: 'boats', label: { zh: '冲锋舟' }, type: 'number', unit: '艘', min: 0, max: 50 },
        { key: 'delta', label: { zh: '水位变化' }, type: 'number', unit: 'm' },
      ],
    });
    const problems = (answers: Record<string, number>) => evaluateChecklist(rated, answers).problems.map((p) => p.message);
    expect(problems({ rate: 250 })).toEqual(['「上次督查问题整改完成率」应在 0% 到 100% 之间']);
    expect(problems({ rate: -30 })).toEqual(['「上次督查问题整改完成率」应在 0% 到 100% 之间']);
    expect(problems({ rate: 100, boats: 51 })).toEqual(['「冲锋舟」应在 0艘 到 50艘 之间']);
    // At the bounds the answer is taken and judged; a number item without a range takes any number.
    expect(problems({ rate: 0, boats: 50, delta: -3.2 })).toEqual([]);
    expect(evaluateChecklist(rated, { rate: 0 }).items.rate).toMatchObject({ passed: false });
    expect(() => parseChecklistTemplate({ key: 'x', name: { zh: 'x' }, items: [{ key: 'a', label: { zh: '甲' }, type: 'number', min: 5, max: 1 }] })).toThrow('「甲」的取值下限大于上限');
    expect(() => parseChecklistTemplate({ key: 'x', name: { zh: 'x' }, items: [{ key: 'a', label: { zh: '甲' }, type: 'yesNo', max: 1 }] })).toThrow('「甲」不是数字项,不能设置取值范围');
  });

  it('adds fractional scores exactly', () => {
    const tiny = parseChecklistTemplate({
      key: 'f', name: { zh: '分数' },
      items: Array.from({ length: 10 }, (_, i) => ({ key: `i${i}`, label: { zh: `项${i}` }, type: 'yesNo' as const, score: 0.1 })),
    });
    const e = evaluateChecklist(tiny, Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`i${i}`, true])));
    expect(e.score).toBe(1);
  });
});
