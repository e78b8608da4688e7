import type { TaskChannel, TaskType } from '@duban/plugin-sdk/server';

/** 抽检不合格整改: an unqualified sample handed over to the unit where it was taken (its own task kind). */
export const samplingRectification: TaskType = {
  key: 'food-safety.sampling-rectification',
  name: { zh: '抽检不合格整改', en: 'Rectify an unqualified sample' },
  defaultDeadlineDays: 15,
};

/** 12315: market regulation's complaint hotline, a channel complaints about food arrive through. */
export const hotline12315: TaskChannel = {
  key: 'food-safety.12315',
  name: { zh: '12315 市场监管投诉举报热线', en: '12315 market-regulation hotline' },
};
