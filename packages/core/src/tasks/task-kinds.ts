// Kinds of supervision item (督办事项) and the channels complaints arrive through. Core defines its
// own; plugins register theirs (a food-safety rectification type, a 12369 environment hotline)
// through the plugin platform, so a new kind needs no migration: `task.kind` and `task.channel`
// are text columns validated here. Keys of registered kinds and channels lead with the plugin id.
import { badRequest } from '../errors/index.ts';

export interface TaskKindDefinition {
  key: string;
  name: { zh: string; en: string };
  /** Other names an Excel ledger may use for it. */
  aliases?: readonly string[];
  /** Default days to rectify after hand-over (plugin task types). */
  defaultDeadlineDays?: number;
  /** 'core' or the plugin id. */
  origin: string;
}

export interface TaskChannelDefinition {
  key: string;
  name: { zh: string; en: string };
  origin: string;
}

export const CORE_TASK_KINDS = ['rectification', 'leader_instruction', 'npc_proposal', 'cppcc_proposal', 'complaint', 'overdue_report'] as const;
export type CoreTaskKind = (typeof CORE_TASK_KINDS)[number];
/** A core kind or a registered one (validated by assertTaskKind). */
export type TaskKind = string;

const coreKinds: TaskKindDefinition[] = [
  { key: 'rectification', name: { zh: '整改事项', en: 'Rectification' }, aliases: ['整改'], origin: 'core' },
  { key: 'leader_instruction', name: { zh: '领导交办', en: 'Leader instruction' }, aliases: ['领导批示'], origin: 'core' },
  { key: 'npc_proposal', name: { zh: '人大建议', en: 'NPC proposal' }, origin: 'core' },
  { key: 'cppcc_proposal', name: { zh: '政协提案', en: 'CPPCC proposal' }, origin: 'core' },
  { key: 'complaint', name: { zh: '群众投诉', en: 'Complaint' }, aliases: ['投诉'], origin: 'core' },
  // Raised by the reporting-duty job for a report missing at its deadline (core/duties/overdue-job.ts).
  { key: 'overdue_report', name: { zh: '逾期未报', en: 'Overdue report' }, origin: 'core' },
];

const coreChannels: TaskChannelDefinition[] = [
  { key: '12345', name: { zh: '12345 政务服务热线', en: '12345 government hotline' }, origin: 'core' },
  { key: 'petition', name: { zh: '信访', en: 'Petition' }, origin: 'core' },
  { key: 'online', name: { zh: '网络问政', en: 'Online' }, origin: 'core' },
  { key: 'walk_in', name: { zh: '来访', en: 'Walk-in' }, origin: 'core' },
  // Complaint intake (core/complaints): the environment and market-regulation hotlines and 随手拍.
  { key: '12369', name: { zh: '12369 环保举报热线', en: '12369 environment hotline' }, origin: 'core' },
  { key: '12315', name: { zh: '12315 市场监管热线', en: '12315 market-regulation hotline' }, origin: 'core' },
  { key: 'snapshot', name: { zh: '随手拍', en: 'Photo report' }, origin: 'core' },
];

/** The process's kinds and channels: core's, then what the plugin platform registers. */
export class TaskKindRegistry {
  readonly #kinds = new Map<string, TaskKindDefinition>(coreKinds.map((k) => [k.key, k]));
  readonly #channels = new Map<string, TaskChannelDefinition>(coreChannels.map((c) => [c.key, c]));

  registerKind(kind: TaskKindDefinition) {
    if (this.#kinds.has(kind.key)) throw new Error(`task kind ${kind.key} is registered twice`);
    this.#kinds.set(kind.key, kind);
  }

  registerChannel(channel: TaskChannelDefinition) {
    if (this.#channels.has(channel.key)) throw new Error(`task channel ${channel.key} is registered twice`);
    this.#channels.set(channel.key, channel);
  }

  kinds = () => [...this.#kinds.values()];
  channels = () => [...this.#channels.values()];
  kind = (key: string) => this.#kinds.get(key);
  channel = (key: string) => this.#channels.get(key);
}

export const taskKinds = new TaskKindRegistry();

/** Refuses a kind (or channel) nobody registered, in the user's words. */
export function assertTaskKind(kind: string, channel?: string | null) {
  if (!taskKinds.kind(kind)) throw badRequest('errors.task.unknownKind', `未知的事项类别「${kind}」`, { kind });
  if (channel && !taskKinds.channel(channel)) throw badRequest('errors.task.unknownChannel', `未知的来源渠道「${channel}」`, { channel });
}

/** 整改事项 for rectification, the registered name for a plugin's kind, the key itself if unknown. */
export const taskKindName = (kind: string) => taskKinds.kind(kind)?.name.zh ?? kind;
