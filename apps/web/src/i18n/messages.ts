import type { zhCN } from './zh-CN.ts';

/** The shape of a dictionary: every leaf a string. Other languages must have exactly zh-CN's keys. */
type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
export type Messages = DeepStrings<typeof zhCN>;
