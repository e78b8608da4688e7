import type { Prisma } from '@duban/plugin-sdk/db';
import type { Period, VetoCondition } from '@duban/plugin-sdk/server';
import { asVetoOutcomes } from './incident-vetoes.ts';

type Bilingual = { zh: string; en: string };

/**
 * 第七条(三): 不按规定向司法机关移送制售伪劣食品刑事案件. A case whose transfer deadline fell in
 * the period and passed without a transfer by then (still pending, or transferred late) vetoes
 * the unit answerable for it and every unit above it. A documented decision not to transfer
 * (不予移送, with its reason) does not: it is the regulation's own outcome. Two queries.
 */
export async function transferVetoesByUnit(db: Prisma.TransactionClient, { countyId, orgUnitIds, period }: { countyId: string; orgUnitIds: string[]; period: Period }, now = new Date()) {
  const result = new Map<string, Bilingual[]>();
  if (orgUnitIds.length === 0) return result;
  const until = period.end < now ? period.end : now;
  const [units, cases] = await Promise.all([
    db.orgUnit.findMany({ where: { countyId, id: { in: orgUnitIds } }, select: { id: true, path: true } }),
    db.foodSafetyCaseTransfer.findMany({
      where: {
        countyId, archivedAt: null, status: { not: 'declined' },
        deadline: { gte: period.start, lt: until },
        OR: [{ transferredAt: null }, { transferredAt: { gt: db.foodSafetyCaseTransfer.fields.deadline } }],
      },
      include: { orgUnit: { select: { path: true } } },
      orderBy: { deadline: 'asc' },
    }),
  ]);
  for (const unit of units) {
    result.set(
      unit.id,
      cases
        .filter((c) => c.orgUnit.path.startsWith(unit.path))
        .map((c) =>
          c.transferredAt
            ? { zh: `案件「${c.title}」(${c.caseNo})认定涉嫌犯罪后未在规定时限内移送司法机关(逾期移送)`, en: `Case "${c.title}" (${c.caseNo}) transferred to the judiciary after its deadline` }
            : { zh: `案件「${c.title}」(${c.caseNo})认定涉嫌犯罪后未按规定移送司法机关`, en: `Case "${c.title}" (${c.caseNo}) not transferred to the judiciary as required` },
        ),
    );
  }
  return result;
}

export const caseNotTransferredVeto: VetoCondition = {
  key: 'food-safety.case-not-transferred',
  name: { zh: '未按规定移送涉嫌犯罪案件', en: 'A criminal case not transferred' },
  evaluate: async (db, args) => asVetoOutcomes(await transferVetoesByUnit(db, args)),
};
