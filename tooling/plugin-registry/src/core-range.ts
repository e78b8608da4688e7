// A manifest's `core` range ("^0.1.0", "~0.1.2", "0.1.0") against the installed core's version,
// with npm's meaning of ^ and ~ (a caret on 0.x allows patches only within that minor). Enforced at
// registry generation, so a plugin written for another core fails the build instead of misbehaving.
const parse = (v: string) => v.split('-')[0]!.split('.').map(Number) as [number, number, number];

export function coreVersionSatisfies(version: string, range: string): boolean {
  const op = range[0] === '^' || range[0] === '~' ? range[0] : '';
  const [maj, min, pat] = parse(range.slice(op.length));
  const [vMaj, vMin, vPat] = parse(version);
  const atLeast = vMaj !== maj ? vMaj > maj : vMin !== min ? vMin > min : vPat >= pat;
  if (!op) return vMaj === maj && vMin === min && vPat === pat;
  if (!atLeast) return false;
  if (op === '~' || (op === '^' && maj === 0)) return vMaj === maj && vMin === min;
  return vMaj === maj;
}
