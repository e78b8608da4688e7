import type { RouterInputs, RouterOutputs } from '../../api/types.ts';

// The task screens' shapes, straight from the API's types (dates arrive as ISO strings).
export type TaskRow = RouterOutputs['task']['list']['items'][number];
export type TaskDetail = RouterOutputs['task']['get'];
export type TaskEvent = TaskDetail['events'][number];
export type Evidence = TaskEvent['evidence'][number];
export type TaskStats = RouterOutputs['supervision']['stats'];
export type ChildStats = TaskStats['children'][number];
export type BulletinRow = RouterOutputs['supervision']['bulletin'][number];
export type PostCheckRow = RouterOutputs['supervision']['postChecks'][number];
export type InboxItem = RouterOutputs['inbox']['list']['items'][number];
export type ListTasksInput = RouterInputs['task']['list'];

export type TaskStatus = TaskRow['status'];
export type TaskKind = TaskRow['kind'];
export type EscalationLevel = TaskRow['escalation'];
export type TaskAction = TaskDetail['actions'][number];
export type TaskRole = NonNullable<ListTasksInput['role']>;

export const taskStatuses: readonly TaskStatus[] = ['handed_over', 'signed', 'rectifying', 'submitted', 'returned', 'tracking', 'closed', 'notified'];
/** Not yet closed: what still needs someone's work (core's openStatuses). */
export const openStatuses: readonly TaskStatus[] = ['handed_over', 'signed', 'rectifying', 'submitted', 'returned', 'tracking'];
export type TaskOperations = TaskDetail['operations'];
export const escalationLevels: readonly EscalationLevel[] = ['none', 'reminded', 'urged', 'supervised', 'listed'];
/** Kinds that record a reply, a meeting with the proposer and their satisfaction (见面率, 满意率). */
export const proposalKinds: readonly TaskKind[] = ['npc_proposal', 'cppcc_proposal', 'complaint'];
