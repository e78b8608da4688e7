// zh-CN is the source language: every key is defined here first (one file per area under
// zh-CN/), and en.ts must match its shape.
import { shell } from './zh-CN/shell.ts';
import { org } from './zh-CN/org.ts';
import { access } from './zh-CN/access.ts';
import { plugins } from './zh-CN/plugins.ts';
import { tasks } from './zh-CN/tasks.ts';
import { keyWork } from './zh-CN/key-work.ts';

export const zhCN = { ...shell, ...org, ...access, ...plugins, ...tasks, ...keyWork };
