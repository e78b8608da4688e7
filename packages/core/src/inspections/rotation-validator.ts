import {
  allowedDistricts, capacityOf, conflictIndex, missingBeforeReturn, stageName,
  type RotationCell, type RotationInput, type RotationViolation,
} from './rotation-rules.ts';

/**
 * Checks a whole plan against the rules (rotation-rules.ts) and explains every breach: an
 * administrator's adjustment is refused with these messages, and the generator's output must
 * produce none.
 */
export function validateRotation(input: RotationInput, cells: readonly RotationCell[]): RotationViolation[] {
  const out: RotationViolation[] = [];
  const groupName = new Map(input.groups.map((g) => [g.id, g.name]));
  const districtName = new Map(input.districts.map((d) => [d.id, d.name]));
  const conflict = conflictIndex(input);
  const { max, min } = capacityOf(input.groups.length, input.districts.length);

  // The plan as a grid: grid[stage][group] = district.
  const grid = Array.from({ length: input.stages }, () => new Map<string, string>());
  for (const c of cells) {
    if (!Number.isInteger(c.stage) || c.stage < 0 || c.stage >= input.stages || !groupName.has(c.groupId) || !districtName.has(c.districtId)) {
      out.push({
        rule: 'unknown', stage: c.stage, groupId: c.groupId, districtId: c.districtId,
        message: `第 ${c.stage + 1} 轮的安排引用了不在本计划中的轮次、督查组或片区`, params: { stage: c.stage + 1 },
      });
      continue;
    }
    const row = grid[c.stage]!;
    if (row.has(c.groupId)) {
      out.push({
        rule: 'duplicate', stage: c.stage, groupId: c.groupId,
        message: `${stageName(c.stage)}中「${groupName.get(c.groupId)}」被安排了不止一个片区`, params: { stage: c.stage + 1, group: groupName.get(c.groupId)! },
      });
      continue;
    }
    row.set(c.groupId, c.districtId);
  }

  grid.forEach((row, stage) => {
    for (const g of input.groups) {
      if (!row.has(g.id)) {
        out.push({ rule: 'missing', stage, groupId: g.id, message: `${stageName(stage)}没有给「${g.name}」安排片区`, params: { stage: stage + 1, group: g.name } });
      }
    }
    for (const d of input.districts) {
      const n = [...row.values()].filter((x) => x === d.id).length;
      if (n > max) {
        out.push({
          rule: 'capacity', stage, districtId: d.id,
          message: `${stageName(stage)}「${d.name}」安排了 ${n} 个督查组,最多 ${max} 个`, params: { stage: stage + 1, district: d.name, count: n, max },
        });
      } else if (n < min) {
        out.push({
          rule: 'coverage', stage, districtId: d.id,
          message: `${stageName(stage)}「${d.name}」无人督查,每个片区每轮至少 ${min} 个督查组`, params: { stage: stage + 1, district: d.name, min },
        });
      }
    }
  });

  for (const g of input.groups) {
    const allowed = allowedDistricts(input, g.id);
    const history: (string | undefined)[] = [];
    grid.forEach((row, stage) => {
      const d = row.get(g.id);
      if (d !== undefined) {
        const why = conflict(g.id, d);
        if (why !== undefined) {
          out.push({
            rule: 'conflict', stage, groupId: g.id, districtId: d,
            message: `「${g.name}」不能督查「${districtName.get(d)}」:${why},须回避`, params: { stage: stage + 1, group: g.name, district: districtName.get(d)!, reason: why },
          });
        } else {
          const missing = missingBeforeReturn(history, d, allowed);
          if (missing.length) {
            out.push({
              rule: 'earlyReturn', stage, groupId: g.id, districtId: d,
              message: `${stageName(stage)}「${g.name}」重返「${districtName.get(d)}」之前,须先轮到${missing.map((m) => `「${districtName.get(m)}」`).join('、')}`,
              params: { stage: stage + 1, group: g.name, district: districtName.get(d)!, missing: missing.map((m) => districtName.get(m)!).join('、') },
            });
          }
        }
      }
      history.push(d);
    });
  }
  return out;
}
