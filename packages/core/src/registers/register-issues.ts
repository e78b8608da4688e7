import type { z } from 'zod';
import { bi, type Bilingual } from '../excel/row-error.ts';
import type { Label } from '../excel/cells.ts';

const fmt = (n: unknown) => (typeof n === 'bigint' ? n.toString() : Number(n).toLocaleString('en-US', { maximumFractionDigits: 6 }).replace(/,/g, ''));

/**
 * A zod issue of a register row as a bilingual cell message. Schemas carry zh-CN messages (the
 * server's language); an Excel error report must also be readable in English, so the message is
 * built from the issue's code and bounds and the column's two labels, the same in both.
 */
export function issueMessage(issue: z.core.$ZodIssue, label: Label): Bilingual {
  const { header: zh, headerEn: en } = label;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return bi(`${zh}不能为空`, `${en} is required`);
      if (issue.expected === 'int') return bi(`${zh}应为整数`, `${en} must be a whole number`);
      return bi(`${zh}的格式不正确`, `${en} has the wrong kind of value`);
    case 'too_small': {
      if (issue.origin === 'string') return bi(`${zh}至少 ${fmt(issue.minimum)} 个字`, `${en} needs at least ${fmt(issue.minimum)} characters`);
      const at = issue.inclusive === false ? ['须大于', 'must be greater than'] : ['不能小于', 'must be at least'];
      return bi(`${zh}${at[0]} ${fmt(issue.minimum)}`, `${en} ${at[1]} ${fmt(issue.minimum)}`);
    }
    case 'too_big': {
      if (issue.origin === 'string') return bi(`${zh}超过 ${fmt(issue.maximum)} 个字`, `${en} is longer than ${fmt(issue.maximum)} characters`);
      const at = issue.inclusive === false ? ['须小于', 'must be less than'] : ['不能大于', 'must be at most'];
      return bi(`${zh}${at[0]} ${fmt(issue.maximum)}`, `${en} ${at[1]} ${fmt(issue.maximum)}`);
    }
    case 'not_multiple_of':
      return bi(`${zh}应为整数或精度不符`, `${en} has too many decimals`);
    case 'invalid_value':
      return bi(`${zh}的取值无效`, `${en} is not one of the allowed values`);
    case 'invalid_format':
      return bi(`${zh}的格式不正确`, `${en} is not in the expected format`);
    default: {
      // A schema's own rule (refine): its message is zh-CN; `params.en` gives the English.
      const english = (issue as { params?: { en?: unknown } }).params?.en;
      return bi(`${zh}：${issue.message}`, typeof english === 'string' ? `${en}: ${english}` : `${en} is not valid (${issue.message})`);
    }
  }
}
