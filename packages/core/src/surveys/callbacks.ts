import { createHash, randomBytes } from 'node:crypto';
import { newId, type Prisma, type SurveyCallbackOutcome } from '@duban/db';
import { badRequest, notFound } from '../errors/index.ts';

type Tx = Prisma.TransactionClient;

/**
 * Draws ⌈n × percent / 100⌉ of the ids, reproducibly: each id is ranked by sha256(seed:id), so
 * the same seed over the same surveys always draws the same ones (a draw can be re-checked
 * later), while nobody can tell in advance which households will be called without the seed.
 */
export function drawSample(ids: readonly string[], seed: string, percent: number): string[] {
  if (!(Number.isInteger(percent) && percent >= 1 && percent <= 100)) {
    throw badRequest('surveys.errors.callbackPercent', '回访比例须为 1–100 的整数', { percent });
  }
  const count = Math.floor((ids.length * percent + 99) / 100);
  const rank = (id: string) => createHash('sha256').update(`${seed}:${id}`).digest('hex');
  return [...ids]
    .map((id) => ({ id, r: rank(id) }))
    .sort((a, b) => (a.r < b.r ? -1 : a.r > b.r ? 1 : a.id.localeCompare(b.id)))
    .slice(0, count)
    .map((x) => x.id);
}

export const newSeed = () => randomBytes(8).toString('hex');

export interface DrawInput {
  unit: { id: string; path: string };
  period: { start: Date; end: Date };
  percent: number;
  /** Given to reproduce a draw; otherwise a random one is made and recorded. */
  seed?: string | null;
}

/**
 * 回访抽样: the surveys of villages below the unit, made in the period and not drawn before, are
 * sampled; the draw (seed, share, counts) is recorded with one call-back row per drawn survey.
 */
export async function drawCallbacks(db: Tx, countyId: string, input: DrawInput, actor: { userId: string | null; name: string | null }) {
  if (input.period.end.getTime() <= input.period.start.getTime()) throw badRequest('surveys.errors.periodEmpty', '抽样时段的结束须晚于开始', {});
  const eligible = await db.householdSurvey.findMany({
    where: { countyId, capturedAt: { gte: input.period.start, lt: input.period.end }, village: { path: { startsWith: input.unit.path } }, callback: null },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  const seed = input.seed?.trim() || newSeed();
  const drawn = drawSample(eligible.map((s) => s.id), seed, input.percent);
  const draw = await db.surveyCallbackDraw.create({
    data: {
      countyId, id: newId(), orgUnitId: input.unit.id, periodStart: input.period.start, periodEnd: input.period.end, sharePercent: input.percent,
      seed, eligible: eligible.length, drawn: drawn.length, drawnById: actor.userId, drawnByName: actor.name,
    },
  });
  await db.surveyCallback.createMany({ data: drawn.map((surveyId) => ({ countyId, id: newId(), drawId: draw.id, surveyId })) });
  return draw;
}

/**
 * Records a call's outcome. An unreachable household may be called again (the outcome is
 * replaced); a household that was reached has answered, and that answer stands.
 */
export async function recordCallback(db: Tx, countyId: string, callbackId: string, outcome: SurveyCallbackOutcome, note: string | null, actor: { userId: string; name: string }, now = new Date()) {
  const callback = await db.surveyCallback.findUnique({ where: { countyId_id: { countyId, id: callbackId } } });
  if (!callback) throw notFound('回访记录', callbackId);
  if (callback.outcome && callback.outcome !== 'unreachable') throw badRequest('surveys.errors.callbackDone', '该户已回访接通,结果不能更改', {});
  if (outcome === 'reached_denied' && !note?.trim()) throw badRequest('surveys.errors.callbackNoteRequired', '受访户否认接受调查时,须写明情况', {});
  const before = { outcome: callback.outcome, note: callback.note };
  const after = await db.surveyCallback.update({
    where: { countyId_id: { countyId, id: callbackId } },
    data: { outcome, note: note?.trim() || null, calledAt: now, calledById: actor.userId, calledByName: actor.name },
  });
  return { before, after };
}
