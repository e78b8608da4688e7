import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateRotation } from './rotation-generator.ts';
import type { RotationCell, RotationInput } from './rotation-rules.ts';
import { validateRotation } from './rotation-validator.ts';

/** Random inputs: G groups, D districts, S stages, and some group/district pairs in conflict. */
const inputs = (maxG: number, maxD: number, maxS: number) =>
  fc
    .record({ g: fc.integer({ min: 1, max: maxG }), d: fc.integer({ min: 1, max: maxD }), s: fc.integer({ min: 1, max: maxS }) })
    .chain(({ g, d, s }) =>
      fc.record({
        g: fc.constant(g), d: fc.constant(d), s: fc.constant(s),
        conflicts: fc.array(fc.tuple(fc.integer({ min: 0, max: g - 1 }), fc.integer({ min: 0, max: d - 1 })), { maxLength: Math.ceil((g * d) / 3) }),
      }),
    )
    .map(({ g, d, s, conflicts }): RotationInput => ({
      groups: Array.from({ length: g }, (_, i) => ({ id: `g${i}`, name: `第${i + 1}督查组` })),
      districts: Array.from({ length: d }, (_, i) => ({ id: `d${i}`, name: `片区${i + 1}` })),
      stages: s,
      conflicts: conflicts.map(([gi, di]) => ({ groupId: `g${gi}`, districtId: `d${di}`, reason: `组员来自片区${di + 1}` })),
    }));

/** Written independently of the validator: for each group, its districts stage by stage. */
const routes = (input: RotationInput, cells: readonly RotationCell[]) =>
  new Map(input.groups.map((g) => [g.id, cells.filter((c) => c.groupId === g.id).sort((a, b) => a.stage - b.stage).map((c) => c.districtId)]));

const conflicting = (input: RotationInput, g: string, d: string) => (input.conflicts ?? []).some((c) => c.groupId === g && c.districtId === d);

describe('rotation generator', () => {
  it('plans the source county: 6 groups over 6 districts in 4 rotations, each district covered once a stage, nobody back', () => {
    const input: RotationInput = {
      groups: Array.from({ length: 6 }, (_, i) => ({ id: `g${i}`, name: `第${i + 1}组` })),
      districts: ['东', '西', '南', '北', '中', '沿江'].map((n, i) => ({ id: `d${i}`, name: `${n}片区` })),
      stages: 4,
    };
    const r = generateRotation(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (let s = 0; s < 4; s++) expect(new Set(r.cells.filter((c) => c.stage === s).map((c) => c.districtId)).size).toBe(6);
    for (const route of routes(input, r.cells).values()) expect(new Set(route).size).toBe(4);
    expect(validateRotation(input, r.cells)).toEqual([]);
  });

  it('always produces a plan that validates', () => {
    fc.assert(
      fc.property(inputs(7, 7, 8), (input) => {
        const r = generateRotation(input);
        if (r.ok) expect(validateRotation(input, r.cells)).toEqual([]);
        else expect(r.refusal.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('never sends a group back to a district before it has covered the others, and never into a conflict', () => {
    fc.assert(
      fc.property(inputs(7, 7, 10), (input) => {
        const r = generateRotation(input);
        if (!r.ok) return;
        for (const [groupId, route] of routes(input, r.cells)) {
          expect(route).toHaveLength(input.stages);
          const mayCover = input.districts.map((d) => d.id).filter((d) => !conflicting(input, groupId, d));
          route.forEach((d, s) => {
            expect(conflicting(input, groupId, d)).toBe(false);
            const prev = route.lastIndexOf(d, s - 1);
            if (s > 0 && prev >= 0) {
              const between = new Set(route.slice(prev + 1, s));
              for (const other of mayCover) if (other !== d) expect(between.has(other)).toBe(true);
            }
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds a plan exactly when one exists (exhaustive check on small inputs)', () => {
    fc.assert(
      fc.property(inputs(3, 3, 3), (input) => {
        const G = input.groups.length;
        const D = input.districts.length;
        const slots = G * input.stages;
        let exists = false;
        // Every grid of districts: D^(G·S) ≤ 3^9 plans.
        for (let code = 0; code < D ** slots && !exists; code++) {
          const cells: RotationCell[] = [];
          let c = code;
          for (let k = 0; k < slots; k++) {
            cells.push({ stage: Math.floor(k / G), groupId: input.groups[k % G]!.id, districtId: input.districts[c % D]!.id });
            c = Math.floor(c / D);
          }
          exists = validateRotation(input, cells).length === 0;
        }
        expect(generateRotation(input).ok).toBe(exists);
      }),
      { numRuns: 150 },
    );
  });

  it('explains infeasible inputs: a group that conflicts with every district', () => {
    fc.assert(
      fc.property(inputs(6, 6, 4), fc.nat(), (input, pick) => {
        const victim = input.groups[pick % input.groups.length]!;
        const all = input.districts.map((d) => ({ groupId: victim.id, districtId: d.id, reason: `组员来自${d.name}` }));
        const r = generateRotation({ ...input, conflicts: [...(input.conflicts ?? []), ...all] });
        expect(r.ok).toBe(false);
        if (r.ok) return;
        // It names a group that cannot go anywhere (the victim or another one just as stuck).
        expect(r.refusal.code).toBe('groupHasNoDistrict');
        expect(r.refusal.message).toMatch(/与所有片区都有回避关系/);
      }),
    );
  });

  it('explains infeasible inputs: a district every group must avoid while every district needs a group', () => {
    const input: RotationInput = {
      groups: [{ id: 'a', name: '第一组' }, { id: 'b', name: '第二组' }],
      districts: [{ id: 'x', name: '东片区' }, { id: 'y', name: '西片区' }],
      stages: 2,
      conflicts: [{ groupId: 'a', districtId: 'x', reason: '李四(来自青龙镇)' }, { groupId: 'b', districtId: 'x', reason: '王五(来自金凤镇)' }],
    };
    const r = generateRotation(input);
    expect(r).toMatchObject({ ok: false, refusal: { code: 'districtUncoverable', params: { district: '东片区' } } });
  });

  it('explains the other refusals, and lets a group with one possible district stay there', () => {
    const input: RotationInput = {
      groups: [{ id: 'a', name: '第一组' }, { id: 'b', name: '第二组' }],
      districts: [{ id: 'x', name: '东片区' }, { id: 'y', name: '西片区' }],
      stages: 2,
      conflicts: [{ groupId: 'a', districtId: 'y', reason: 'r' }, { groupId: 'b', districtId: 'y', reason: 'r' }],
    };
    const r = generateRotation(input);
    expect(r).toMatchObject({ ok: false, refusal: { code: 'districtUncoverable' } });
    const noRound = generateRotation({ ...input, conflicts: [{ groupId: 'a', districtId: 'y', reason: 'r' }, { groupId: 'b', districtId: 'x', reason: 'r' }] });
    // a only x, b only y: a valid plan (each stays put — nothing else to cover).
    expect(noRound.ok).toBe(true);
    const bad = generateRotation({ ...input, stages: 0 });
    expect(bad).toMatchObject({ ok: false, refusal: { code: 'badStages' } });
  });
});

describe('rotation validator', () => {
  const input: RotationInput = {
    groups: [{ id: 'a', name: '第一组' }, { id: 'b', name: '第二组' }, { id: 'c', name: '第三组' }],
    districts: [{ id: 'x', name: '东片区' }, { id: 'y', name: '西片区' }, { id: 'z', name: '南片区' }],
    stages: 3,
    conflicts: [{ groupId: 'a', districtId: 'z', reason: '张三(来自青龙镇)' }],
  };
  const plan = (rows: string[]) =>
    rows.flatMap((row, stage) => [...row].map((d, i) => ({ stage, groupId: ['a', 'b', 'c'][i]!, districtId: d })));

  it('accepts a valid plan', () => {
    expect(validateRotation({ ...input, stages: 2 }, plan(['xyz', 'yzx']))).toEqual([]);
  });

  it('agrees with the generator that a third rotation is impossible here, and says so', () => {
    // 第一组 may only alternate 东/西; the others must each see all three: no third stage fits.
    expect(generateRotation(input)).toMatchObject({ ok: false, refusal: { code: 'noPlan', params: { stages: 2 } } });
    expect(generateRotation({ ...input, stages: 2 }).ok).toBe(true);
  });

  it('explains each broken rule', () => {
    const rules = (rows: string[]) => validateRotation(input, plan(rows)).map((v) => v.rule);
    expect(rules(['zyx', 'xzy', 'yxz'])).toContain('conflict');
    expect(validateRotation(input, plan(['zyx', 'xzy', 'yxz'])).find((v) => v.rule === 'conflict')!.message).toBe('「第一组」不能督查「南片区」:张三(来自青龙镇),须回避');
    expect(new Set(rules(['xyz', 'xzy', 'yxz']))).toEqual(new Set(['earlyReturn']));
    const early = validateRotation(input, plan(['xyz', 'yzx', 'xyz']));
    expect(early.map((v) => v.message)).toContain('第 3 轮「第二组」重返「西片区」之前,须先轮到「东片区」');
    expect(rules(['xxz', 'yzx', 'xzy'])).toEqual(expect.arrayContaining(['capacity', 'coverage']));
    expect(validateRotation(input, plan(['xyz', 'yzx'])).map((v) => v.rule)).toEqual(['missing', 'missing', 'missing', 'coverage', 'coverage', 'coverage']);
  });
});
