import { bi, type Bilingual } from '../../excel/row-error.ts';

export interface DirectoryUnit {
  id: string;
  name: string;
  code: string | null;
  path: string;
  level: string;
  archivedAt: Date | null;
}

export type UnitLookup = { ok: true; unit: DirectoryUnit } | { ok: false; error: Bilingual };

const SEPARATORS = /\s*[/／>＞\\]\s*/;

/**
 * The county's units as a sheet names them: by name ("青龙镇"), by name under its ancestors when
 * the name is not unique ("青龙镇/石桥村", "云峡县/青龙镇/石桥村" — any ancestors, in order), or by
 * code. Built once per import from one query, so resolving thousands of rows costs no queries.
 */
export class UnitDirectory {
  private readonly byId = new Map<string, DirectoryUnit>();
  private readonly byName = new Map<string, DirectoryUnit[]>();
  private readonly byCode = new Map<string, DirectoryUnit>();
  private readonly labels = new Map<string, string>();

  constructor(units: readonly DirectoryUnit[]) {
    for (const u of units) {
      this.byId.set(u.id, u);
      this.byName.set(u.name, [...(this.byName.get(u.name) ?? []), u]);
      if (u.code && !u.archivedAt) this.byCode.set(u.code, u);
    }
  }

  get(id: string): DirectoryUnit | undefined {
    return this.byId.get(id);
  }

  /** Names of the unit's ancestors, root first (the path holds their ids). */
  ancestorNames(unit: DirectoryUnit): string[] {
    return unit.path.split('/').filter(Boolean).slice(0, -1).map((id) => this.byId.get(id)?.name ?? '');
  }

  resolve(text: string): UnitLookup {
    const segments = text.split(SEPARATORS).filter(Boolean);
    const name = segments.at(-1) ?? '';
    const named = (this.byName.get(name) ?? []).filter((u) => isSubsequence(segments.slice(0, -1), this.ancestorNames(u)));
    const active = this.narrow(named.filter((u) => !u.archivedAt), segments);
    if (active.length === 1) return { ok: true, unit: active[0]! };
    if (active.length > 1) {
      const examples = active.slice(0, 3).map((u) => this.chain(u).slice(-2).join('/')).join('、');
      const example = this.chain(active[0]!).slice(-2).join('/');
      return { ok: false, error: bi(`「${text}」有 ${active.length} 个同名单位（${examples}），请连同上级写出，如「${example}」`, `"${text}" matches ${active.length} units (${examples}); add the parent, e.g. "${example}"`) };
    }
    const byCode = segments.length === 1 ? this.byCode.get(name) : undefined;
    if (byCode) return { ok: true, unit: byCode };
    if (named.length > 0) return { ok: false, error: bi(`单位「${text}」已撤销`, `the unit "${text}" has been dissolved`) };
    return { ok: false, error: bi(`未找到单位「${text}」`, `no unit named "${text}"`) };
  }

  /**
   * Among units matching loosely (the named ancestors in order, any in between), prefer the one
   * whose nearest ancestors are exactly the named ones, then the one whose whole chain is: "县/甲"
   * is the 甲 right under 县, not a 甲 further down under another 甲.
   */
  private narrow(candidates: DirectoryUnit[], segments: string[]): DirectoryUnit[] {
    if (candidates.length < 2) return candidates;
    const adjacent = candidates.filter((u) => this.chain(u).slice(-segments.length).join('/') === segments.join('/'));
    if (adjacent.length === 1) return adjacent;
    const whole = adjacent.filter((u) => this.chain(u).length === segments.length);
    return whole.length === 1 ? whole : candidates;
  }

  private chain(unit: DirectoryUnit): string[] {
    return [...this.ancestorNames(unit), unit.name];
  }

  /**
   * The shortest name that resolves back to this unit: its own name when unique, else with as
   * many ancestors as it takes (exports use it, so an exported sheet imports again). Units whose
   * whole chain of names repeats another's cannot be told apart; they get the whole chain.
   */
  label(unit: DirectoryUnit): string {
    const cached = this.labels.get(unit.id);
    if (cached) return cached;
    const chain = this.chain(unit);
    let label = chain.join('/');
    for (let take = 1; take <= chain.length; take++) {
      const candidate = chain.slice(-take).join('/');
      const back = this.resolve(candidate);
      if (back.ok && back.unit.id === unit.id) {
        label = candidate;
        break;
      }
    }
    this.labels.set(unit.id, label);
    return label;
  }
}

/** Whether `needle` appears in `haystack` in order (not necessarily adjacent). */
function isSubsequence(needle: readonly string[], haystack: readonly string[]): boolean {
  let i = 0;
  for (const item of haystack) if (i < needle.length && item === needle[i]) i++;
  return i === needle.length;
}
