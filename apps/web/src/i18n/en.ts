import type { Messages } from './messages.ts';
import { shell } from './en/shell.ts';
import { org } from './en/org.ts';
import { access } from './en/access.ts';
import { plugins } from './en/plugins.ts';
import { tasks } from './en/tasks.ts';
import { keyWork } from './en/key-work.ts';

// English mirrors zh-CN key for key (the Messages type enforces it). Loaded only when chosen.
export const en: Messages = { ...shell, ...org, ...access, ...plugins, ...tasks, ...keyWork };
