import { newId, type Prisma, type PrismaClient } from '@duban/db';
import { appendAudit } from '../audit/index.ts';
import { hashPassword } from '../accounts/passwords.ts';
import { createCounty } from '../counties/create-county.ts';
import type { DemoCounty, DemoPerson } from './county-data.ts';

type Tx = Prisma.TransactionClient;

export interface DemoLogin {
  username: string;
  password: string;
  role: string;
  roleName: string;
  person: string;
  unit: string;
}

/** Who signs in as which role, and where the role is held (capture) and seen (view). */
interface LoginPlan {
  username: string;
  role: string;
  /** Picks the person and units from the seeded county. */
  pick: (c: SeededCounty) => { person: SeededPerson; capture: SeededUnit; view: SeededUnit };
}

interface SeededUnit { id: string; name: string; path: string; code: string }
interface SeededPerson { id: string; name: string; unit: SeededUnit }
export interface SeededCounty {
  county: SeededUnit;
  townships: (SeededUnit & { villages: SeededUnit[] })[];
  departments: Map<string, SeededUnit>;
  people: SeededPerson[];
}

const firstPersonIn = (c: SeededCounty, unit: SeededUnit, skip = 0) => {
  const p = c.people.filter((x) => x.unit.id === unit.id)[skip];
  if (!p) throw new Error(`no person in ${unit.name}`);
  return p;
};
const dept = (c: SeededCounty, key: string) => {
  const d = c.departments.get(key);
  if (!d) throw new Error(`demo county lacks department ${key}`);
  return d;
};

const plans: LoginPlan[] = [
  { username: 'admin', role: 'county-admin', pick: (c) => ({ person: firstPersonIn(c, dept(c, 'supervision-office'), 0), capture: c.county, view: c.county }) },
  // The supervision office maintains county-wide 片区, so it holds its role at the county.
  { username: 'duchashi', role: 'supervision-office', pick: (c) => ({ person: firstPersonIn(c, dept(c, 'supervision-office'), 1), capture: c.county, view: c.county }) },
  { username: 'shuili', role: 'department-admin', pick: (c) => ({ person: firstPersonIn(c, dept(c, 'water-resources')), capture: dept(c, 'water-resources'), view: dept(c, 'water-resources') }) },
  // The same person also switches the bureau's modules on for townships across the county.
  { username: 'shuili', role: 'module-admin', pick: (c) => ({ person: firstPersonIn(c, dept(c, 'water-resources')), capture: c.county, view: c.county }) },
  // 市场监督管理局 runs the food-safety module: its bureau, and the module county-wide (switching it
  // on for townships, grading incidents, sampling).
  { username: 'shijian', role: 'department-admin', pick: (c) => ({ person: firstPersonIn(c, dept(c, 'market-regulation')), capture: dept(c, 'market-regulation'), view: dept(c, 'market-regulation') }) },
  { username: 'shijian', role: 'module-admin', pick: (c) => ({ person: firstPersonIn(c, dept(c, 'market-regulation')), capture: c.county, view: c.county }) },
  { username: 'xiangzhen', role: 'township-official', pick: (c) => ({ person: firstPersonIn(c, c.townships[0]!), capture: c.townships[0]!, view: c.townships[0]! }) },
  // A second township official, next door, to show what a township sees of another's modules.
  { username: 'xiangzhen2', role: 'township-official', pick: (c) => ({ person: firstPersonIn(c, c.townships[1]!), capture: c.townships[1]!, view: c.townships[1]! }) },
  { username: 'cunganbu', role: 'village-official', pick: (c) => ({ person: firstPersonIn(c, c.townships[0]!.villages[0]!), capture: c.townships[0]!.villages[0]!, view: c.townships[0]!.villages[0]! }) },
  { username: 'ducha', role: 'inspector', pick: (c) => ({ person: firstPersonIn(c, dept(c, 'supervision-office'), 2), capture: dept(c, 'supervision-office'), view: c.county }) },
  { username: 'kaohe', role: 'assessor', pick: (c) => ({ person: firstPersonIn(c, dept(c, 'assessment-office')), capture: dept(c, 'assessment-office'), view: c.county }) },
];

export const DEMO_PASSWORD = 'Duban2026';

/**
 * Writes a whole county in a few set-based inserts (a county has ~2,500 units and ~1,000 people):
 * regions, the county with its built-in roles, districts, townships, villages, groups,
 * departments, people, and one login per built-in role.
 */
export async function seedCounty(prisma: PrismaClient, data: DemoCounty, options: { password?: string; usernamePrefix?: string } = {}) {
  const password = options.password ?? DEMO_PASSWORD;
  const passwordHash = await hashPassword(password);
  return prisma.$transaction(
    async (tx) => {
      const seeded = await insertCounty(tx, data);
      const logins: DemoLogin[] = [];
      const roles = await tx.role.findMany({ where: { countyId: seeded.county.id } });
      for (const plan of plans) {
        const role = roles.find((r) => r.key === plan.role)!;
        const { person, capture, view } = plan.pick(seeded);
        const username = `${options.usernamePrefix ?? ''}${plan.username}`;
        const existing = await tx.user.findUnique({ where: { username } });
        const userId = existing?.id ?? newId();
        if (!existing) await tx.user.create({ data: { countyId: seeded.county.id, id: userId, username, passwordHash, personId: person.id } });
        await tx.roleAssignment.create({
          data: { countyId: seeded.county.id, id: newId(), userId, roleId: role.id, captureUnitId: capture.id, viewUnitId: view.id },
        });
        const listed = logins.find((l) => l.username === username);
        if (listed) {
          listed.roleName = `${listed.roleName}、${role.name}`;
          continue;
        }
        logins.push({ username, password, role: plan.role, roleName: role.name, person: person.name, unit: capture.name });
      }
      await appendAudit(tx, {
        countyId: seeded.county.id, procedure: 'cli.seed', entityType: 'orgUnit', entityId: seeded.county.id, orgUnitId: seeded.county.id,
        detail: `demo county seeded: ${seeded.townships.length} townships, ${seeded.people.length} people, ${logins.length} logins`,
      });
      return { county: seeded.county, seeded, logins, counts: { townships: seeded.townships.length, people: seeded.people.length } };
    },
    { timeout: 300_000, maxWait: 20_000 },
  );
}

async function insertCounty(tx: Tx, data: DemoCounty): Promise<SeededCounty> {
  const provinceId = `region-${data.province.code}`;
  const cityId = `region-${data.city.code}`;
  await tx.region.upsert({ where: { id: provinceId }, update: {}, create: { id: provinceId, name: data.province.name, code: data.province.code, level: 'province' } });
  await tx.region.upsert({ where: { id: cityId }, update: {}, create: { id: cityId, name: data.city.name, code: data.city.code, level: 'city', parentId: provinceId } });
  const countyRow = await createCounty(tx, { name: data.county.name, code: data.county.code, regionId: cityId });
  const countyId = countyRow.id;
  const county: SeededUnit = { id: countyId, name: countyRow.name, path: countyRow.path, code: data.county.code };

  const units: Prisma.OrgUnitCreateManyInput[] = [];
  const people: SeededPerson[] = [];
  const personRows: Prisma.PersonCreateManyInput[] = [];
  const addPeople = (list: DemoPerson[], unit: SeededUnit) => {
    for (const p of list) {
      const id = newId();
      personRows.push({ countyId, id, name: p.name, phone: p.phone, position: p.position, orgUnitId: unit.id });
      people.push({ id, name: p.name, unit });
    }
  };
  const addUnit = (parent: SeededUnit & { depth: number }, level: Prisma.OrgUnitCreateManyInput['level'], name: string, code: string, sortOrder: number, districtId?: string) => {
    const id = newId();
    const unit = { id, name, code, path: `${parent.path}${id}/`, depth: parent.depth + 1 };
    units.push({ countyId, id, level, name, code, parentId: parent.id, path: unit.path, depth: unit.depth, sortOrder, districtId: districtId ?? null });
    return unit;
  };
  addPeople(data.county.people, county);

  const root = { ...county, depth: 0 };
  const townships: SeededCounty['townships'] = [];
  const districts: Prisma.DistrictCreateManyInput[] = [];
  let townshipOrder = 0;
  data.districts.forEach((d, di) => {
    const districtId = newId();
    districts.push({ countyId, id: districtId, name: d.name, sortOrder: di });
    for (const t of d.townships) {
      const township = addUnit(root, 'township', t.name, t.code, townshipOrder++, districtId);
      addPeople(t.people, township);
      const villages: SeededUnit[] = [];
      t.villages.forEach((v, vi) => {
        const village = addUnit(township, 'village', v.name, v.code, vi);
        villages.push(village);
        addPeople(v.people, village);
        v.groups.forEach((g, gi) => addUnit(village, 'group', g.name, `${v.code}${String(gi + 1).padStart(2, '0')}`, gi));
      });
      townships.push({ ...township, villages });
    }
  });
  const departments = new Map<string, SeededUnit>();
  data.departments.forEach((d, i) => {
    const unit = addUnit(root, 'department', d.name, d.key, 100 + i);
    departments.set(d.key, unit);
    addPeople(d.people, unit);
  });

  await tx.district.createMany({ data: districts });
  await tx.orgUnit.createMany({ data: units });
  await tx.person.createMany({ data: personRows });
  return { county, townships, departments, people };
}
