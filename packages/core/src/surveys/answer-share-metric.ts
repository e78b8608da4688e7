// 入户调查结果 as metrics (issue 11, C8): for any question of a county's survey form, the share
// (%) of the surveys that answered it whose answer is A — 满意 of a satisfaction question (满意率),
// 是 of a yes/no one (知晓率), an option of a choice (a multiple choice counts when A is among the
// picks). Per unit (surveys of villages in its subtree) and period (when the survey was made).
// The member's parameter is `<form id>/<question key>=<answer>`: forms and question keys are
// stable across form versions, so a plan keeps scoring the same question.
import { Prisma } from '@duban/db';
import type { MetricFamily } from '../metrics/metric-family.ts';
import { satisfactionLevels, surveyQuestions } from './questions.ts';

const satisfactionNames: Record<(typeof satisfactionLevels)[number], string> = { satisfied: '满意', basically_satisfied: '基本满意', dissatisfied: '不满意' };

/** `<form id>/<question key>=<answer>` → its parts (null when malformed). */
export function parseAnswerShareParam(param: string) {
  const match = /^([^/=]+)\/([a-z][a-z0-9_]{0,39})=(.{1,60})$/s.exec(param);
  return match ? { formId: match[1]!, questionKey: match[2]!, answer: match[3]! } : null;
}

export const surveyAnswerShareFamily: MetricFamily = {
  key: 'core.survey.answerShare',
  name: { zh: '调查答案占比', en: 'Share of a survey answer' },
  unit: '%',
  accepts: (param) => parseAnswerShareParam(param) !== null,
  async members(db, countyId) {
    const forms = await db.surveyForm.findMany({ where: { countyId, archivedAt: null }, select: { id: true, title: true, currentVersion: true, versions: { select: { version: true, questions: true } } }, orderBy: { title: 'asc' } });
    return forms.flatMap((form) => {
      const current = form.versions.find((v) => v.version === form.currentVersion);
      const parsed = surveyQuestions.safeParse(current?.questions);
      if (!parsed.success) return [];
      return parsed.data.flatMap((q) => {
        const answers: { value: string; zh: string }[] =
          q.type === 'yes_no' ? [{ value: 'true', zh: '是' }, { value: 'false', zh: '否' }]
          : q.type === 'satisfaction' ? satisfactionLevels.map((l) => ({ value: l, zh: satisfactionNames[l] }))
          : q.type === 'choice' ? q.options.map((o) => ({ value: o, zh: o }))
          : [];
        return answers.map((a) => ({
          param: `${form.id}/${q.key}=${a.value}`,
          name: { zh: `「${form.title}」${q.label}:答「${a.zh}」占比`, en: `${form.title}: ${q.label} = ${a.value} (share)` },
        }));
      });
    });
  },
  async compute(db, { countyId, orgUnitIds, period, param }) {
    const p = parseAnswerShareParam(param);
    if (!p || orgUnitIds.length === 0) return new Map();
    const rows = await db.$queryRaw<{ unit_id: string; answered: bigint; matched: bigint }[]>`
      SELECT u.id AS unit_id,
             count(s.id) FILTER (WHERE coalesce(s.answers->>${p.questionKey}, '') NOT IN ('', '[]')) AS answered,
             count(s.id) FILTER (WHERE CASE jsonb_typeof(s.answers->${p.questionKey})
                                          WHEN 'array' THEN (s.answers->${p.questionKey}) @> jsonb_build_array(${p.answer}::text)
                                          ELSE s.answers->>${p.questionKey} = ${p.answer} END) AS matched
        FROM org_unit u
        JOIN org_unit v ON v.county_id = u.county_id AND left(v.path, length(u.path)) = u.path
        JOIN household_survey s ON s.county_id = v.county_id AND s.village_id = v.id
        JOIN survey_form_version fv ON fv.county_id = s.county_id AND fv.id = s.form_version_id
       WHERE u.county_id = ${countyId} AND u.id IN (${Prisma.join(orgUnitIds)}) AND fv.form_id = ${p.formId}
         AND s.captured_at >= ${period.start} AND s.captured_at < ${period.end}
       GROUP BY u.id`;
    // No answers in the period: no value (the plan's "no data" rule decides).
    return new Map(rows.filter((r) => Number(r.answered) > 0).map((r) => [r.unit_id, (Number(r.matched) * 100) / Number(r.answered)]));
  },
};
