/**
 * SQL that builds `counties` counties shaped like the demo one (ids c1, c1t1, c1t1v1, c1t1v1g1 …):
 * 31 townships, 10–11 villages each (≈ 320), 6–7 groups per village (≈ 2,000) — 2,344 units a
 * county. For the planner tests and benchmarks that need the real tree shape; tasks are theirs to add.
 */
export const realisticOrgTreeSql = (counties: number) => `
  INSERT INTO org_unit (county_id, id, level, name, path, depth, updated_at)
    SELECT 'c' || c, 'c' || c, 'county', '县' || c, '/c' || c || '/', 0, now() FROM generate_series(1, ${counties}) c;
  INSERT INTO org_unit (county_id, id, level, name, parent_id, path, depth, updated_at)
    SELECT 'c' || c, 'c' || c || 't' || t, 'township', '乡镇' || t, 'c' || c, '/c' || c || '/c' || c || 't' || t || '/', 1, now()
      FROM generate_series(1, ${counties}) c, generate_series(1, 31) t;
  INSERT INTO org_unit (county_id, id, level, name, parent_id, path, depth, updated_at)
    SELECT u.county_id, u.id || 'v' || v, 'village', '村' || v, u.id, u.path || u.id || 'v' || v || '/', 2, now()
      FROM org_unit u, generate_series(1, 11) v WHERE u.level = 'township' AND (v <= 10 OR right(u.id, 1) IN ('1', '3'));
  INSERT INTO org_unit (county_id, id, level, name, parent_id, path, depth, updated_at)
    SELECT u.county_id, u.id || 'g' || g, 'group', '组' || g, u.id, u.path || u.id || 'g' || g || '/', 3, now()
      FROM org_unit u, generate_series(1, 7) g WHERE u.level = 'village' AND (g <= 6 OR right(u.id, 1) IN ('2', '5', '8'));`;
