// 联合办案 (issue 16 item 2): a lead unit and co-handlers, each share with its own deadline and
// steps; 移交 / 移送 / 移办 recorded.
import { z } from 'zod';
import { text } from '@duban/core/validation/bounded';
import { authorityKinds, handOverKinds } from '@duban/core/tasks/joint-case-rules';

// The web's forms offer the same kinds the server accepts.
export { authorityKinds, handOverKinds, type AuthorityKind, type HandOverKind } from '@duban/core/tasks/joint-case-rules';
import { id, pageInput } from './common.ts';
import { taskKind } from './tasks.ts';

export const jointCaseShareInput = z.object({
  orgUnitId: id,
  duty: text(60, { min: 2, minMessage: '请写明该单位的分工(至少 2 个字)' }),
  deadline: z.iso.datetime({ message: '请选择该单位的办理期限' }),
  steps: z.array(z.object({ name: text(40, { min: 2, minMessage: '步骤名称至少 2 个字' }), deadline: z.iso.datetime().nullish() })).max(12, { message: '每个单位最多 12 个步骤' }).default([]),
});

export const openJointCaseInput = z.object({
  title: text(100, { min: 2, minMessage: '案件名称至少 2 个字' }),
  description: text(2000).nullish(),
  category: text(30).nullish(),
  kind: taskKind.default('rectification'),
  supervisingUnitId: id,
  sourceTaskId: id.nullish(),
  lead: jointCaseShareInput,
  coHandlers: z.array(jointCaseShareInput).min(1, { message: '请至少添加一个协办单位' }).max(20, { message: '协办单位最多 20 个' }),
});

export const jointCaseIdInput = z.object({ caseId: id });
export const listJointCasesInput = pageInput.extend({
  status: z.enum(['open', 'closed']).optional(),
  search: text(60).optional(),
});
export const completeCaseStepInput = z.object({ stepId: id, note: text(1000).nullish() });
export const handOverCaseInput = z.object({
  shareId: id,
  kind: z.enum(handOverKinds),
  authorityKind: z.enum(authorityKinds),
  authorityName: text(60).nullish(),
  toUnitId: id.nullish(),
  duty: text(60).nullish(),
  deadline: z.iso.datetime().nullish(),
  documentNo: text(60).nullish(),
  reason: text(1000, { min: 2, minMessage: '请写明移交原因(至少 2 个字)' }),
  receivedBy: text(30).nullish(),
  handedOverAt: z.iso.datetime().nullish(),
});
