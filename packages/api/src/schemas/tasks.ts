import { z } from 'zod';
import { text } from '@duban/core/validation/bounded';
import { id, idempotencyKey, pageInput } from './common.ts';

/** A core kind or one a plugin registered (the server checks it against core's task-kind registry). */
export const taskKind = text(80, { min: 1, minMessage: '请选择事项类别' }).regex(/^[a-z0-9_.-]+$/, { message: '事项类别无效' });
/** A complaint's channel: a registered channel key (12345, petition …). */
export const taskChannel = text(80, { min: 1 }).regex(/^[a-z0-9_.-]+$/, { message: '来源渠道无效' });
export const taskStatus = z.enum(['handed_over', 'signed', 'rectifying', 'submitted', 'closed', 'notified', 'returned', 'tracking']);
export const escalationLevel = z.enum(['none', 'reminded', 'urged', 'supervised', 'listed']);
export const satisfaction = z.enum(['satisfied', 'basically_satisfied', 'dissatisfied']);

export const handOverInput = z.object({
  kind: taskKind.default('rectification'),
  channel: taskChannel.nullish(),
  title: text(100, { min: 2, minMessage: '标题至少 2 个字' }),
  description: text(2000).nullish(),
  supervisingUnitId: id,
  responsibleUnitId: id,
  assistingUnitIds: z.array(id).max(20).default([]),
  responsiblePersonId: id.nullish(),
  keyWorkId: id.nullish(),
  deadline: z.iso.datetime({ message: '请选择办理期限' }),
  proposer: text(30).nullish(),
  proposerPhone: text(20).nullish(),
  idempotencyKey,
});

/** An evidence file sent with a step, base64-encoded (photos and scans; 3 files of ≤ 3 MB). */
export const evidenceUpload = z.object({
  fileName: text(120, { min: 1 }),
  contentType: z.string().max(100).regex(/^(image\/(jpeg|png|webp|gif)|application\/pdf)$/, { message: '仅支持 JPG、PNG、WEBP、GIF 图片和 PDF' }),
  base64: z.string().min(1).max(4_100_000, { message: '单个文件不能超过 3 MB' }),
});

export const handleTaskInput = z.object({
  taskId: id,
  /** 退回 (return) a misassigned item must say why (the server refuses it otherwise). */
  action: z.enum(['sign', 'start', 'submit', 'return']),
  note: text(2000).nullish(),
  evidence: z.array(evidenceUpload).max(3, { message: '一次最多上传 3 个文件' }).default([]),
  reply: text(2000).nullish(),
  met: z.boolean().nullish(),
  satisfaction: satisfaction.nullish(),
});

export const verifyTaskInput = z.object({
  taskId: id,
  /** 转长期跟踪 (track) and 阶段性办结 (stagePass) take the next report date as the new deadline. */
  action: z.enum(['pass', 'fail', 'notify', 'reopen', 'track', 'stagePass']),
  note: text(2000).nullish(),
  deadline: z.iso.datetime({ message: '请选择下次报告期限' }).nullish(),
});

// Item operations (issue 16): 延期申请 / 审批, 转办 / 分办, 会签, 领导批示.
const reason = text(1000, { min: 2, minMessage: '请写明原因(至少 2 个字)' });
export const requestExtensionInput = z.object({ taskId: id, deadline: z.iso.datetime({ message: '请选择延期后的期限' }), reason });
export const decideExtensionInput = z.object({ taskId: id, approve: z.boolean(), note: text(1000).nullish() });
/** The first unit becomes responsible (转办); further units co-handle it (分办). */
export const transferTaskInput = z.object({
  taskId: id,
  unitIds: z.array(id).min(1, '请选择转办单位').max(10, '一次最多分办给 10 个单位').refine((u) => new Set(u).size === u.length, { message: '单位不能重复' }),
  note: text(1000).nullish(),
});
export const requestCountersignInput = z.object({ taskId: id, note: text(1000).nullish() });
export const countersignInput = z.object({ countersignId: id, agreed: z.boolean(), note: text(1000).nullish() });
export const instructTaskInput = z.object({ taskId: id, text: text(1000, { min: 2, minMessage: '批示内容至少 2 个字' }) });

export const listForSupervisionInput = z.object({ taskId: id, leader: text(60, { min: 2, minMessage: '请填写责任领导' }) });

export const listTasksInput = pageInput.extend({
  status: z.array(taskStatus).max(8).optional(),
  kind: taskKind.optional(),
  escalation: escalationLevel.optional(),
  /** Only items where the user's units play this part. */
  role: z.enum(['responsible', 'assisting', 'supervising']).optional(),
  overdue: z.boolean().optional(),
  /** Open items due within this many days from now and not yet overdue (即将到期). */
  dueWithinDays: z.number().int().min(1).max(60).optional(),
  search: text(50).optional(),
  /** 红黄绿灯 by deadline (the county's yellow window). */
  light: z.enum(['red', 'yellow', 'green']).optional(),
  /** Only items whose responsible unit lies under this unit (a leader's drill-down). */
  unitId: id.optional(),
});
/** The list's filters without paging: what a 工作台 tile counts and the list then shows. */
export const taskFilterInput = listTasksInput.omit({ page: true, pageSize: true });

export const taskIdInput = z.object({ taskId: id });
export const evidenceFileInput = z.object({ taskId: id, evidenceId: id });
export const taskStatsInput = z.object({ orgUnitId: id, year: z.number().int().min(2000).max(2100).optional() });
export const listingLeaderSource = z.enum(['responsible_unit', 'supervising_unit']);
export const escalationRulesInput = z.object({
  remindDaysBefore: z.number().int().min(0).max(60),
  superviseAfterDays: z.number().int().min(0).max(365),
  listAfterDays: z.number().int().min(0).max(365),
  /** The unit of the three thresholds: days (default) or hours. */
  thresholdUnit: z.enum(['days', 'hours']).optional(),
  /** Traffic lights: an open item turns yellow this many days before its deadline. */
  yellowDaysBefore: z.number().int().min(0).max(30).optional(),
  /** Whose principal leader an item listed by rule names (挂牌督办责任领导). */
  listingLeaderSource: listingLeaderSource.optional(),
}).refine((r) => r.listAfterDays > r.superviseAfterDays, { message: '挂牌督办天数须大于督办天数', path: ['listAfterDays'] });
export const samplePostCheckInput = z.object({ orgUnitId: id, sharePercent: z.number().min(1).max(100), from: z.iso.datetime(), to: z.iso.datetime() });
/** Re-examination evidence: photos, PDFs and video (the source's 28 cases re-examined "with video records"); a video up to 10 MB. */
export const postCheckEvidenceUpload = z.object({
  fileName: text(120, { min: 1 }),
  contentType: z.string().max(100).regex(/^(image\/(jpeg|png|webp|gif)|application\/pdf|video\/(mp4|webm|quicktime))$/, { message: '仅支持图片、PDF 和 MP4、WEBM、MOV 视频' }),
  base64: z.string().min(1).max(14_000_000, { message: '单个视频不能超过 10 MB' }),
});
export const recordPostCheckInput = z.object({
  checkId: id, result: z.enum(['pass', 'relapse']), note: text(1000, { min: 2, minMessage: '请填写核查情况' }),
  evidence: z.array(postCheckEvidenceUpload).max(3, { message: '一次最多上传 3 个文件' }).default([]),
});
/** 后督察台账 by name: a closed case put on the ledger by hand, with why. */
export const pickPostCheckInput = z.object({ taskId: id, reason: text(500, { min: 2, minMessage: '请写明列入后督察的理由' }) });
export const postCheckFileInput = z.object({ checkId: id, evidenceId: id });

export const targetDirections = ['higher', 'lower', 'zero'] as const;
export const targetAggregations = ['sum', 'weighted_mean', 'ratio', 'min', 'max'] as const;
const targetInput = z
  .object({
    metric: text(40, { min: 1, minMessage: '请填写指标' }),
    unit: text(10, { min: 1, minMessage: '请填写单位' }),
    targetValue: z.number({ message: '请填写目标值' }).min(0).max(1e12),
    /** The "before" of a before/after indicator (蛀果率 21.8% → 1.7%). */
    baselineValue: z.number().min(0).max(1e12).nullish(),
    direction: z.enum(targetDirections).default('higher'),
    aggregation: z.enum(targetAggregations).default('sum'),
    weightLabel: text(20).nullish(),
  })
  .refine((t) => t.direction !== 'zero' || t.targetValue === 0, { message: '零目标的目标值须为 0', path: ['targetValue'] })
  .refine((t) => t.direction !== 'lower' || t.baselineValue == null || t.baselineValue > t.targetValue, { message: '越低越好的指标,基线值须高于目标值', path: ['baselineValue'] })
  .refine((t) => t.direction !== 'higher' || t.baselineValue == null || t.baselineValue < t.targetValue, { message: '越高越好的指标,基线值须低于目标值', path: ['baselineValue'] });
export const createKeyWorkInput = z.object({
  idempotencyKey,
  title: text(100, { min: 2, minMessage: '标题至少 2 个字' }),
  description: text(2000).nullish(),
  source: z.enum(['leader_instruction', 'meeting', 'document']).nullish(),
  documentNo: text(60).nullish(),
  year: z.number().int().min(2000).max(2100),
  leadUnitId: id,
  responsiblePersonId: id.nullish(),
  deadline: z.iso.datetime({ message: '请选择完成期限' }),
  targets: z.array(targetInput).max(10).default([]),
  assistingUnitIds: z.array(id).max(20, { message: '协办单位最多 20 个' }).default([]),
});
export const decomposeKeyWorkInput = z.object({
  keyWorkId: id,
  parts: z
    .array(z.object({ leadUnitId: id, deadline: z.iso.datetime().optional(), responsiblePersonId: id.nullish(), targets: z.array(z.object({ targetId: id, targetValue: z.number().min(0).max(1e12), weight: z.number().positive('权重须大于 0').max(1e12).nullish() })).max(10) }))
    .min(1, '至少分解到一个单位')
    .max(100),
});
export const reportProgressInput = z
  .object({
    keyWorkId: id, targetId: id.nullish(), value: z.number().min(0).max(1e12).nullish(),
    /** Ratio targets: what the value is out of (抽查户数 for 知晓户数). */
    denominator: z.number().positive('分母须大于 0').max(1e12).nullish(),
    note: text(2000, { min: 2, minMessage: '请填写进展情况' }),
  })
  .refine((r) => r.denominator == null || r.value == null || r.value <= r.denominator, { message: '分子不能大于分母', path: ['value'] });
export const keyWorkIdInput = z.object({ keyWorkId: id });
export const listKeyWorkInput = z.object({
  year: z.number().int().min(2000).max(2100).optional(),
  /** Title or document number contains this. */
  search: text(50).optional(),
  /** Only key work with no progress for a month (无进展). */
  stale: z.boolean().optional(),
});

/** An Excel upload (.xlsx, base64): checked only (dryRun) or checked and imported all-or-nothing. */
export const importSheetInput = z.object({
  fileBase64: z.string().min(1).max(14_000_000, { message: '文件过大(上限 10 MB)' }),
  dryRun: z.boolean(),
  /** The language of the error workbook (the on-screen errors carry both). */
  locale: z.enum(['zh-CN', 'en']).default('zh-CN'),
});
export const setUnitLeaderInput = z.object({ orgUnitId: id, personId: id.nullable() });
