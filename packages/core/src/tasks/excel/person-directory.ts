import { bi, type Bilingual } from '../../excel/row-error.ts';

export interface DirectoryPerson {
  id: string;
  name: string;
  phone: string | null;
  orgUnitId: string;
}

/** `ambiguous`: several people match, so looking elsewhere (another unit) would be a guess. */
export type PersonLookup = { ok: true; person: DirectoryPerson } | { ok: false; error: Bilingual; ambiguous?: boolean };

// 张三, 张三(13800000000), 张三（13800000000）, 张三 13800000000
const WITH_PHONE = /^(.+?)\s*(?:[(（]\s*([\d-]{5,20})\s*[)）]|\s([\d-]{5,20}))$/;

/** The people of the units a sheet names, matched by name (with a phone when two share a name). */
export class PersonDirectory {
  private readonly byUnit = new Map<string, DirectoryPerson[]>();

  constructor(people: readonly DirectoryPerson[]) {
    for (const p of people) this.byUnit.set(p.orgUnitId, [...(this.byUnit.get(p.orgUnitId) ?? []), p]);
  }

  resolve(text: string, unit: { id: string; name: string }): PersonLookup {
    const m = WITH_PHONE.exec(text);
    const name = (m ? m[1]! : text).trim();
    const phone = m ? (m[2] ?? m[3]) : undefined;
    const sameName = (this.byUnit.get(unit.id) ?? []).filter((p) => p.name === name);
    const matches = phone ? sameName.filter((p) => p.phone === phone) : sameName;
    if (matches.length === 1) return { ok: true, person: matches[0]! };
    if (matches.length > 1) {
      return { ok: false, ambiguous: true, error: bi(`「${unit.name}」有 ${matches.length} 位「${name}」，请写成「${name}(手机号)」`, `"${unit.name}" has ${matches.length} people named "${name}"; write "${name}(phone)"`) };
    }
    if (phone && sameName.length > 0) return { ok: false, error: bi(`「${unit.name}」的「${name}」手机号不是 ${phone}`, `"${name}" of "${unit.name}" does not have the phone ${phone}`) };
    return { ok: false, error: bi(`责任人「${name}」不在「${unit.name}」的人员名单中`, `"${name}" is not among the people of "${unit.name}"`) };
  }

  /** How an export names the person so that the sheet imports again. */
  label(person: DirectoryPerson): string {
    const twins = (this.byUnit.get(person.orgUnitId) ?? []).filter((p) => p.name === person.name);
    return twins.length > 1 && person.phone ? `${person.name}(${person.phone})` : person.name;
  }
}
