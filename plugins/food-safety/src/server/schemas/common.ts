import { say } from '@duban/plugin-sdk';
import { z } from 'zod';

// Messages in both languages: the web form validates with these schemas in the user's language,
// the server in zh-CN (see `say` in @duban/plugin-sdk).

export const id = z.string().min(1).max(64);

export const text = (max: number, label: { zh: string; en: string }) =>
  z
    .string(say({ zh: `请填写${label.zh}`, en: `Enter the ${label.en}` }))
    .trim()
    .min(1, say({ zh: `请填写${label.zh}`, en: `Enter the ${label.en}` }))
    .max(max, say({ zh: `${label.zh}不能超过 ${max} 个字`, en: `The ${label.en} must be at most ${max} characters` }));

export const optionalText = (max: number, label: { zh: string; en: string }) =>
  z.string().trim().max(max, say({ zh: `${label.zh}不能超过 ${max} 个字`, en: `The ${label.en} must be at most ${max} characters` })).nullish();

export const count = (label: { zh: string; en: string }, min = 0, max = 1_000_000) =>
  z
    .number(say({ zh: `请填写${label.zh}`, en: `Enter the ${label.en}` }))
    .int(say({ zh: `${label.zh}须为整数`, en: `The ${label.en} must be a whole number` }))
    .min(min, say({ zh: `${label.zh}不能小于 ${min}`, en: `The ${label.en} must be at least ${min}` }))
    .max(max, say({ zh: `${label.zh}不能大于 ${max}`, en: `The ${label.en} must be at most ${max}` }));

export const instant = (label: { zh: string; en: string }) =>
  z.iso.datetime(say({ zh: `请选择${label.zh}`, en: `Choose the ${label.en}` }));

/** An instant that must not lie in the future (facts are recorded after they happen). */
export const pastInstant = (label: { zh: string; en: string }) =>
  instant(label).refine((v) => new Date(v).getTime() <= Date.now() + 60_000, say({ zh: `${label.zh}不能晚于当前时间`, en: `The ${label.en} cannot be in the future` }));
