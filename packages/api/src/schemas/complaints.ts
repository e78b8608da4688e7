import { z } from 'zod';
import { boundedNumber, text } from '@duban/core/validation/bounded';
import { id, pageInput } from './common.ts';
import { taskChannel } from './tasks.ts';
export { channelTimeLimits, complaintStage, defaultTimeLimits, DUPLICATE_WINDOW_DAYS, slaClock, timeLimitsFor, type ClockState, type ComplaintStage, type SlaClock } from '@duban/core/complaints/rules';
import { CALLBACK_RESULTS } from '@duban/core/complaints/rules';

export const complaintPhoto = z.object({
  fileName: text(120, { min: 1 }),
  contentType: z.string().max(20).regex(/^image\/(jpeg|png|webp)$/, { message: '仅支持 JPG、PNG、WEBP 图片' }),
  base64: z.string().min(1).max(4_100_000, { message: '照片不能超过 3 MB' }),
});

/** 登记: the complainant may stay anonymous (then no name or phone is kept); photos for 随手拍. */
export const takeInComplaintInput = z.object({
  channel: taskChannel,
  channelRef: text(40).nullish(),
  subject: text(40, { min: 2, minMessage: '问题类别至少 2 个字' }),
  content: text(2000, { min: 5, minMessage: '投诉内容至少 5 个字' }),
  intakeUnitId: id,
  locationUnitId: id,
  address: text(120).nullish(),
  latitude: boundedNumber(-90, 90).nullish(),
  longitude: boundedNumber(-180, 180).nullish(),
  complainantName: text(30).nullish(),
  anonymous: z.boolean().default(false),
  phone: text(20).nullish(),
  receivedAt: z.iso.datetime({ message: '请选择受理时间' }),
  photos: z.array(complaintPhoto).max(3, { message: '最多上传 3 张照片' }).default([]),
});

export const complaintIdInput = z.object({ complaintId: id });
export const complaintPhotoInput = z.object({ complaintId: id, photoId: id });

/** 派单: to one or several units; each gets its own item (one task per unit, not a joint case). */
export const dispatchComplaintInput = z.object({
  complaintId: id,
  units: z
    .array(z.object({
      orgUnitId: id,
      signHours: boundedNumber(1, 720, { int: true }).nullish(),
      handleDays: boundedNumber(1, 180, { int: true }).nullish(),
    }))
    .min(1, { message: '请选择承办单位' })
    .max(10, { message: '一次最多派给 10 个单位' }),
});

/** 派单 as a joint case: a lead unit and co-handlers, each with its duty and its own limits. */
const jointShare = z.object({
  orgUnitId: id,
  duty: text(60, { min: 2, minMessage: '请写明该单位的分工(至少 2 个字)' }),
  signHours: boundedNumber(1, 720, { int: true }).nullish(),
  handleDays: boundedNumber(1, 180, { int: true }).nullish(),
});
export const dispatchComplaintJointInput = z.object({
  complaintId: id,
  lead: jointShare,
  coHandlers: z.array(jointShare).min(1, { message: '联合办案须至少有一个协办单位' }).max(9, { message: '最多 9 个协办单位' }),
});

export const complaintCallbackResult = z.enum(CALLBACK_RESULTS);
/** 回访; a dissatisfied one re-opens the case (重办) with the note as its reason unless reopen is false. */
export const complaintCallbackInput = z.object({
  dispatchId: id,
  result: complaintCallbackResult,
  note: text(500).nullish(),
  reopen: z.boolean().default(true),
  handleDays: boundedNumber(1, 180, { int: true }).nullish(),
});

export const complaintStageFilter = z.enum(['merged', 'received', 'handling', 'callback', 'closed']);
export const listComplaintsInput = pageInput.extend({
  channel: taskChannel.nullish(),
  stage: complaintStageFilter.nullish(),
  /** 重复投诉 and 重复件 only. */
  repeatedOnly: z.boolean().default(false),
  search: text(40).nullish(),
  year: boundedNumber(2000, 2100, { int: true }).nullish(),
});

/** The board: a unit and its children's complaint rates for a year, and the clocks running late. */
export const complaintBoardInput = z.object({ orgUnitId: id, year: boundedNumber(2000, 2100, { int: true }) });
export const exportComplaintsInput = listComplaintsInput.omit({ page: true, pageSize: true });
