import { describe, it, expect } from 'vitest';
import { buildDemoCounty, type DemoCounty, type DemoPerson } from './county-data.ts';

const REQUIRED_DEPARTMENT_KEYS = [
  'supervision-office',
  'government-supervision-office',
  'water-resources',
  'market-regulation',
  'ecology-environment',
  'natural-resources',
  'agriculture-rural',
  'housing-construction',
  'emergency-management',
  'health',
  'assessment-office',
];

const townships = (c: DemoCounty) => c.districts.flatMap((d) => d.townships);
const villages = (c: DemoCounty) => townships(c).flatMap((t) => t.villages);

function allPeople(c: DemoCounty): DemoPerson[] {
  return [
    ...c.county.people,
    ...c.departments.flatMap((d) => d.people),
    ...townships(c).flatMap((t) => t.people),
    ...villages(c).flatMap((v) => v.people),
  ];
}

function allCodes(c: DemoCounty): string[] {
  return [
    c.province.code,
    c.city.code,
    c.county.code,
    ...townships(c).map((t) => t.code),
    ...villages(c).map((v) => v.code),
  ];
}

describe('buildDemoCounty', () => {
  const county = buildDemoCounty();

  it('has 31 townships in 6 districts of 5–6 each', () => {
    expect(county.districts).toHaveLength(6);
    expect(townships(county)).toHaveLength(31);
    for (const d of county.districts) {
      expect(d.townships.length).toBeGreaterThanOrEqual(5);
      expect(d.townships.length).toBeLessThanOrEqual(6);
    }
    const names = townships(county).map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives each township 8–12 villages with unique names and 4–6 people', () => {
    for (const t of townships(county)) {
      expect(t.villages.length).toBeGreaterThanOrEqual(8);
      expect(t.villages.length).toBeLessThanOrEqual(12);
      const names = t.villages.map((v) => v.name);
      expect(new Set(names).size).toBe(names.length);
      expect(t.name.endsWith(t.kind)).toBe(true);
      expect(t.people.length).toBeGreaterThanOrEqual(4);
      expect(t.people.length).toBeLessThanOrEqual(6);
    }
  });

  it('gives every village 4–9 groups and 2–3 people', () => {
    for (const v of villages(county)) {
      expect(v.groups.length).toBeGreaterThanOrEqual(4);
      expect(v.groups.length).toBeLessThanOrEqual(9);
      expect(v.groups[0]?.name).toBe('一组');
      expect(v.people.length).toBeGreaterThanOrEqual(2);
      expect(v.people.length).toBeLessThanOrEqual(3);
    }
  });

  it('uses unique 12-digit codes nested under their parents', () => {
    const codes = allCodes(county);
    for (const code of codes) expect(code).toMatch(/^\d{12}$/);
    expect(new Set(codes).size).toBe(codes.length);
    const prefix = county.county.code.slice(0, 6);
    for (const t of townships(county)) {
      expect(t.code.startsWith(prefix)).toBe(true);
      expect(t.code.endsWith('000')).toBe(true);
      for (const v of t.villages) expect(v.code.startsWith(t.code.slice(0, 9))).toBe(true);
    }
  });

  it('uses unique, valid mainland mobile numbers', () => {
    const phones = allPeople(county).map((p) => p.phone);
    for (const phone of phones) expect(phone).toMatch(/^1[3-9]\d{9}$/);
    expect(new Set(phones).size).toBe(phones.length);
  });

  it('has the required departments with 3–5 people each', () => {
    const keys = county.departments.map((d) => d.key);
    for (const key of REQUIRED_DEPARTMENT_KEYS) expect(keys).toContain(key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const d of county.departments) {
      expect(d.key).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(d.people.length).toBeGreaterThanOrEqual(3);
      expect(d.people.length).toBeLessThanOrEqual(5);
    }
  });

  it('is deterministic for a given seed', () => {
    expect(buildDemoCounty(1)).toEqual(buildDemoCounty(1));
    expect(buildDemoCounty()).toEqual(buildDemoCounty(1));
    expect(buildDemoCounty(7)).toEqual(buildDemoCounty(7));
    expect(buildDemoCounty(2)).not.toEqual(buildDemoCounty(1));
  });
});
