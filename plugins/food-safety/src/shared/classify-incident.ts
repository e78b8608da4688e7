import type { IncidentLevel } from './levels.ts';

/**
 * The facts of a food-safety incident the source's grading rules look at. "以上" in the source
 * includes the number itself (100人以上 = 100 or more), as in all Chinese regulations.
 */
export interface IncidentFacts {
  /** 伤害人数, deaths included. */
  harmed: number;
  /** 死亡病例 */
  deaths: number;
  /** Administrative areas affected, each level counting the areas of that level touched. */
  countiesAffected: number;
  prefecturesAffected: number;
  provincesAffected: number;
  /** 有进一步扩散趋势 */
  spreading: boolean;
  /** 跨国(境)食品安全事故 */
  crossBorder: boolean;
  /** 造成特别严重社会影响 */
  severeSocialImpact: boolean;
  /** 超出省级人民政府处置能力 */
  beyondProvincialCapacity: boolean;
  /** Who handles it or designated its gravity: the county; 市人民政府认定; 省级人民政府认定; 国务院(或其授权部门)负责处置. */
  handledBy: HandledBy;
}

export const handledByValues = ['county', 'city', 'province', 'state-council'] as const;
export type HandledBy = (typeof handledByValues)[number];

export const handledByNames: Record<HandledBy, { zh: string; en: string }> = {
  county: { zh: '县级人民政府处置', en: 'The county government' },
  city: { zh: '市人民政府认定为较大事故', en: 'Designated major by the city government' },
  province: { zh: '省级人民政府认定为重大事故', en: 'Designated serious by the provincial government' },
  'state-council': { zh: '国务院或其授权部门负责处置', en: 'Handled by the State Council or its delegate' },
};

export type RuleKey = 'I-1' | 'I-2' | 'I-3' | 'I-4' | 'II-1' | 'II-2' | 'II-3' | 'II-4' | 'III-1' | 'III-2' | 'III-3' | 'IV';

/** One of the source's criteria, checked against the facts, with what the facts were. */
export interface RuleCheck {
  rule: RuleKey;
  level: IncidentLevel;
  met: boolean;
  /** The criterion as the source states it. */
  criterion: { zh: string; en: string };
  /** The facts it was checked against, e.g. "伤害 99 人(标准:100 人以上)". */
  facts: { zh: string; en: string };
}

export interface Classification {
  level: IncidentLevel;
  /** The criteria met at the suggested level (for IV: that none of III's was met). */
  reasons: RuleCheck[];
  /** Every criterion of every level, met or not: the boundaries the UI shows. */
  checks: RuleCheck[];
}

const yes = (b: boolean) => (b ? { zh: '是', en: 'yes' } : { zh: '否', en: 'no' });

/**
 * 食品安全事故分级, the source's rules (its note to 第七条; 自治区 there = the province here):
 * I: 对2个以上省份造成严重威胁并有进一步扩散趋势; 超出省级人民政府处置能力; 跨国事故造成特别严重社会影响;
 *    国务院或国务院授权有关部门负责处置.
 * II: 涉及省内2个以上地、州、市级行政区域; 伤害100人以上并出现死亡病例; 10例以上死亡病例; 省级人民政府认定.
 * III: 涉及地市内2个以上县级行政区域; 伤害100人以上或出现死亡病例; 市人民政府认定.
 * IV: the source's list for 一般 is cut off in the copy we have; an incident meeting none of the
 *     criteria above is 一般 (IV), the residual level of the national emergency plan.
 * The first level (gravest first) with any criterion met is the suggestion.
 */
export function classifyIncident(f: IncidentFacts): Classification {
  const checks: RuleCheck[] = [
    {
      rule: 'I-1', level: 'I', met: f.provincesAffected >= 2 && f.spreading,
      criterion: { zh: '对2个以上省份造成严重威胁,并有进一步扩散趋势', en: 'Serious threat to 2 or more provinces, and spreading' },
      facts: { zh: `涉及 ${f.provincesAffected} 个省份,扩散趋势:${yes(f.spreading).zh}`, en: `${f.provincesAffected} province(s), spreading: ${yes(f.spreading).en}` },
    },
    {
      rule: 'I-2', level: 'I', met: f.beyondProvincialCapacity,
      criterion: { zh: '超出省级人民政府处置能力', en: 'Beyond the provincial government’s capacity' },
      facts: { zh: `超出省级处置能力:${yes(f.beyondProvincialCapacity).zh}`, en: `beyond provincial capacity: ${yes(f.beyondProvincialCapacity).en}` },
    },
    {
      rule: 'I-3', level: 'I', met: f.crossBorder && f.severeSocialImpact,
      criterion: { zh: '发生跨国食品安全事故,造成特别严重社会影响', en: 'Cross-border incident with especially serious social impact' },
      facts: { zh: `跨国(境):${yes(f.crossBorder).zh},特别严重社会影响:${yes(f.severeSocialImpact).zh}`, en: `cross-border: ${yes(f.crossBorder).en}, especially serious impact: ${yes(f.severeSocialImpact).en}` },
    },
    {
      rule: 'I-4', level: 'I', met: f.handledBy === 'state-council',
      criterion: { zh: '国务院或国务院授权有关部门负责处置', en: 'Handled by the State Council or a department it authorises' },
      facts: { zh: `处置/认定:${handledByNames[f.handledBy].zh}`, en: `handled by: ${handledByNames[f.handledBy].en}` },
    },
    {
      rule: 'II-1', level: 'II', met: f.prefecturesAffected >= 2,
      criterion: { zh: '影响范围涉及省内2个以上地、州、市级行政区域', en: 'Affects 2 or more prefecture-level areas' },
      facts: { zh: `涉及 ${f.prefecturesAffected} 个地市级行政区域(标准:2 个以上)`, en: `${f.prefecturesAffected} prefecture-level area(s) (criterion: 2 or more)` },
    },
    {
      rule: 'II-2', level: 'II', met: f.harmed >= 100 && f.deaths >= 1,
      criterion: { zh: '造成伤害人数100人以上,并出现死亡病例', en: '100 or more people harmed, with deaths' },
      facts: { zh: `伤害 ${f.harmed} 人,死亡 ${f.deaths} 人(标准:100 人以上且有死亡)`, en: `${f.harmed} harmed, ${f.deaths} dead (criterion: 100 or more and a death)` },
    },
    {
      rule: 'II-3', level: 'II', met: f.deaths >= 10,
      criterion: { zh: '造成10例以上死亡病例', en: '10 or more deaths' },
      facts: { zh: `死亡 ${f.deaths} 例(标准:10 例以上)`, en: `${f.deaths} death(s) (criterion: 10 or more)` },
    },
    {
      rule: 'II-4', level: 'II', met: f.handledBy === 'province',
      criterion: { zh: '省级人民政府认定的重大食品安全事故', en: 'Designated serious by the provincial government' },
      facts: { zh: `处置/认定:${handledByNames[f.handledBy].zh}`, en: `handled by: ${handledByNames[f.handledBy].en}` },
    },
    {
      rule: 'III-1', level: 'III', met: f.countiesAffected >= 2,
      criterion: { zh: '影响范围涉及地市内2个以上县级行政区域,给人民群众饮食安全带来严重危害', en: 'Affects 2 or more county-level areas' },
      facts: { zh: `涉及 ${f.countiesAffected} 个县级行政区域(标准:2 个以上)`, en: `${f.countiesAffected} county-level area(s) (criterion: 2 or more)` },
    },
    {
      rule: 'III-2', level: 'III', met: f.harmed >= 100 || f.deaths >= 1,
      criterion: { zh: '造成伤害人数100人以上,或出现死亡病例', en: '100 or more people harmed, or a death' },
      facts: { zh: `伤害 ${f.harmed} 人,死亡 ${f.deaths} 人(标准:100 人以上或有死亡)`, en: `${f.harmed} harmed, ${f.deaths} dead (criterion: 100 or more, or a death)` },
    },
    {
      rule: 'III-3', level: 'III', met: f.handledBy === 'city',
      criterion: { zh: '市人民政府认定的较重较大食品安全事故', en: 'Designated major by the city government' },
      facts: { zh: `处置/认定:${handledByNames[f.handledBy].zh}`, en: `handled by: ${handledByNames[f.handledBy].en}` },
    },
  ];
  for (const level of ['I', 'II', 'III'] as const) {
    const met = checks.filter((c) => c.level === level && c.met);
    if (met.length) return { level, reasons: met, checks };
  }
  const residual: RuleCheck = {
    rule: 'IV', level: 'IV', met: true,
    criterion: { zh: '未达到较大(III级)及以上标准的食品安全事故', en: 'Meets none of the criteria of level III or above' },
    facts: { zh: `伤害 ${f.harmed} 人,死亡 ${f.deaths} 人,涉及 ${f.countiesAffected} 个县级行政区域`, en: `${f.harmed} harmed, ${f.deaths} dead, ${f.countiesAffected} county-level area(s)` },
  };
  return { level: 'IV', reasons: [residual], checks: [...checks, residual] };
}
