// 督查组 are named 第一组、第二组 … 第十二组: sorting by name as text gives 第一、第三、第二. Compare
// the Chinese (or Arabic) ordinal instead, then the name.
const digits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The number in 第N… (一 … 九十九, or Arabic digits), or null. */
export function ordinalOf(name: string): number | null {
  const m = /第([零〇一二两三四五六七八九十百\d]+)/.exec(name);
  if (!m) return null;
  const n = m[1]!;
  if (/^\d+$/.test(n)) return Number(n);
  let total = 0;
  let current = 0;
  for (const ch of n) {
    if (ch === '百') { total += (current || 1) * 100; current = 0; }
    else if (ch === '十') { total += (current || 1) * 10; current = 0; }
    else current = digits[ch] ?? 0;
  }
  return total + current;
}

export function compareGroupNames(a: string, b: string): number {
  const x = ordinalOf(a);
  const y = ordinalOf(b);
  if (x !== null && y !== null && x !== y) return x - y;
  if ((x === null) !== (y === null)) return x === null ? 1 : -1;
  return a.localeCompare(b, 'zh-CN');
}
