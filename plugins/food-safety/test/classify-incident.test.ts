import { describe, expect, it } from 'vitest';
import { classifyIncident, handledByValues, type IncidentFacts } from '../src/shared/classify-incident.ts';
import { levelRank } from '../src/shared/levels.ts';

const base: IncidentFacts = {
  harmed: 0, deaths: 0, countiesAffected: 1, prefecturesAffected: 1, provincesAffected: 1, spreading: false,
  crossBorder: false, severeSocialImpact: false, beyondProvincialCapacity: false, handledBy: 'county',
};
const level = (f: Partial<IncidentFacts>) => classifyIncident({ ...base, ...f }).level;
const rules = (f: Partial<IncidentFacts>) => classifyIncident({ ...base, ...f }).reasons.map((r) => r.rule);

// Every boundary of the source's grading rules (note to 第七条), from just below to at the number:
// "以上" includes the number itself.
describe('食品安全事故分级: every boundary of the source rules', () => {
  it('is 一般 (IV) when no criterion of III or above is met', () => {
    expect(level({})).toBe('IV');
    expect(rules({ harmed: 5 })).toEqual(['IV']);
  });

  it('III-2: 伤害 100 人以上 — 99 is IV, 100 is III', () => {
    expect(level({ harmed: 99 })).toBe('IV');
    expect(level({ harmed: 100 })).toBe('III');
    expect(rules({ harmed: 100 })).toEqual(['III-2']);
  });

  it('III-2: 或出现死亡病例 — 0 deaths is IV, 1 death is III', () => {
    expect(level({ harmed: 3, deaths: 0 })).toBe('IV');
    expect(level({ harmed: 3, deaths: 1 })).toBe('III');
  });

  it('II-2: 伤害 100 人以上并出现死亡 — needs both', () => {
    expect(level({ harmed: 99, deaths: 1 })).toBe('III');
    expect(level({ harmed: 100, deaths: 0 })).toBe('III');
    expect(level({ harmed: 100, deaths: 1 })).toBe('II');
    expect(rules({ harmed: 100, deaths: 1 })).toEqual(['II-2']);
  });

  it('II-3: 10 例以上死亡 — 9 deaths is III, 10 is II', () => {
    expect(level({ harmed: 9, deaths: 9 })).toBe('III');
    expect(level({ harmed: 10, deaths: 10 })).toBe('II');
    expect(rules({ harmed: 10, deaths: 10 })).toEqual(['II-3']);
  });

  it('III-1: 2 个以上县级行政区域 — 1 county is IV, 2 are III', () => {
    expect(level({ countiesAffected: 1 })).toBe('IV');
    expect(level({ countiesAffected: 2 })).toBe('III');
    expect(rules({ countiesAffected: 2 })).toEqual(['III-1']);
  });

  it('II-1: 2 个以上地市级行政区域 — 1 prefecture is III (2 counties), 2 are II', () => {
    expect(level({ countiesAffected: 2, prefecturesAffected: 1 })).toBe('III');
    expect(level({ countiesAffected: 2, prefecturesAffected: 2 })).toBe('II');
    expect(rules({ countiesAffected: 2, prefecturesAffected: 2 })).toEqual(['II-1']);
  });

  it('I-1: 2 个以上省份 and spreading — both needed; 2 provinces without spreading are II', () => {
    const twoProvinces = { countiesAffected: 2, prefecturesAffected: 2, provincesAffected: 2 };
    expect(level({ ...twoProvinces, spreading: false })).toBe('II');
    expect(level({ ...twoProvinces, spreading: true })).toBe('I');
    expect(level({ countiesAffected: 2, prefecturesAffected: 2, provincesAffected: 1, spreading: true })).toBe('II');
    expect(level({ spreading: true })).toBe('IV');
    expect(rules({ ...twoProvinces, spreading: true })).toEqual(['I-1']);
  });

  it('I-2: beyond the provincial government\'s capacity is I', () => {
    expect(level({ beyondProvincialCapacity: true })).toBe('I');
    expect(rules({ beyondProvincialCapacity: true })).toEqual(['I-2']);
  });

  it('I-3: cross-border with especially serious social impact — both needed', () => {
    expect(level({ crossBorder: true })).toBe('IV');
    expect(level({ severeSocialImpact: true })).toBe('IV');
    expect(level({ crossBorder: true, severeSocialImpact: true })).toBe('I');
  });

  it('who handles it: county IV, city III (III-3), province II (II-4), State Council I (I-4)', () => {
    expect(level({ handledBy: 'county' })).toBe('IV');
    expect(rules({ handledBy: 'city' })).toEqual(['III-3']);
    expect(rules({ handledBy: 'province' })).toEqual(['II-4']);
    expect(rules({ handledBy: 'state-council' })).toEqual(['I-4']);
  });

  it('names every criterion met at the level, and checks every criterion of every level', () => {
    const c = classifyIncident({ ...base, harmed: 150, deaths: 12, countiesAffected: 3, prefecturesAffected: 2, handledBy: 'province' });
    expect(c.level).toBe('II');
    expect(c.reasons.map((r) => r.rule)).toEqual(['II-1', 'II-2', 'II-3', 'II-4']);
    expect(c.checks.map((r) => r.rule)).toEqual(['I-1', 'I-2', 'I-3', 'I-4', 'II-1', 'II-2', 'II-3', 'II-4', 'III-1', 'III-2', 'III-3']);
    expect(c.checks.filter((r) => r.met).map((r) => r.rule)).toEqual(['II-1', 'II-2', 'II-3', 'II-4', 'III-1', 'III-2']);
    expect(c.checks.find((r) => r.rule === 'II-2')!.facts.zh).toBe('伤害 150 人,死亡 12 人(标准:100 人以上且有死亡)');
  });

  it('never grades an incident lower when any count or flag grows (exhaustive over a grid)', () => {
    const grid: IncidentFacts[] = [];
    for (const harmed of [0, 1, 99, 100, 150]) {
      for (const deaths of [0, 1, 9, 10].filter((d) => d <= harmed)) {
        for (const [counties, prefectures, provinces] of [[1, 1, 1], [2, 1, 1], [2, 2, 1], [2, 2, 2]] as const) {
          for (const spreading of [false, true]) {
            for (const handledBy of handledByValues) {
              grid.push({ ...base, harmed, deaths, countiesAffected: counties, prefecturesAffected: prefectures, provincesAffected: provinces, spreading, handledBy });
            }
          }
        }
      }
    }
    const order = (h: IncidentFacts['handledBy']) => handledByValues.indexOf(h);
    const geq = (a: IncidentFacts, b: IncidentFacts) =>
      a.harmed >= b.harmed && a.deaths >= b.deaths && a.countiesAffected >= b.countiesAffected && a.prefecturesAffected >= b.prefecturesAffected &&
      a.provincesAffected >= b.provincesAffected && (a.spreading || !b.spreading) && order(a.handledBy) >= order(b.handledBy);
    let compared = 0;
    for (const a of grid) {
      for (const b of grid) {
        if (!geq(a, b)) continue;
        compared++;
        expect(levelRank(classifyIncident(a).level), JSON.stringify({ a, b })).toBeLessThanOrEqual(levelRank(classifyIncident(b).level));
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });
});
