import { localPeriod } from '@duban/core';
import type { Prisma } from '@duban/db';

/** Surveys of villages in the reader's subtrees — the one row filter of every survey read. */
export const surveysUnder = (countyId: string, roots: string[]): Prisma.HouseholdSurveyWhereInput => ({
  countyId,
  OR: roots.length ? roots.map((r) => ({ village: { path: { startsWith: r } } })) : [{ id: '' }],
});

export function listWhere(
  countyId: string, roots: string[], input: { year: number; month?: number; townshipId?: string; groupId?: string; search?: string },
): Prisma.HouseholdSurveyWhereInput {
  const period = localPeriod(input.year, input.month);
  return {
    AND: [
      surveysUnder(countyId, roots),
      { capturedAt: { gte: period.start, lt: period.end } },
      input.townshipId ? { townshipId: input.townshipId } : {},
      input.groupId ? { groupId: input.groupId } : {},
      input.search ? { OR: [{ respondentName: { contains: input.search } }, { address: { contains: input.search } }, { submittedByName: { contains: input.search } }] } : {},
    ],
  };
}

/**
 * What lists and details show of a survey. The phone appears masked only: the cipher and the
 * keyed hash are never selected for output.
 */
export const surveyListSelect = {
  id: true, countyId: true, capturedAt: true, submittedAt: true, address: true, respondentName: true, phoneMasked: true,
  submittedByName: true, latitude: true, longitude: true, accuracyMeters: true, visitId: true,
  group: { select: { id: true, name: true } },
  township: { select: { id: true, name: true } },
  village: { select: { id: true, name: true } },
  formVersion: { select: { id: true, version: true, form: { select: { id: true, title: true } } } },
  callback: { select: { outcome: true, calledAt: true } },
} as const satisfies Prisma.HouseholdSurveySelect;
