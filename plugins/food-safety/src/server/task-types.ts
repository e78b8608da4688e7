import type { TaskType } from '@duban/plugin-sdk/server';

/** 抽检不合格整改: an unqualified sample handed over to the unit where it was taken. */
export const samplingRectification: TaskType = {
  key: 'food-safety.sampling-rectification',
  name: { zh: '抽检不合格整改', en: 'Rectify an unqualified sample' },
  defaultDeadlineDays: 15,
};
