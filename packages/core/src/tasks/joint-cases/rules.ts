// The rules of a joint case (联合办案) that the server and the web both apply, browser-safe (no
// database, no Node): when a share counts as done, how far a case has come, and the names of the
// hand-over kinds and receiving authorities.

/** Statuses of a share's item in which the share is done: verified closed (办结) or notified (通报). */
export const shareDoneStatuses = ['closed', 'notified'] as const;

export const isShareDone = (taskStatus: string) => (shareDoneStatuses as readonly string[]).includes(taskStatus);

export interface ShareProgressInput {
  taskStatus: string;
  steps: { doneAt: Date | string | null }[];
}

/**
 * A share's progress: its steps done of its steps, and whether its item is closed. A share
 * without steps counts its item alone. The case is done only when every share is.
 */
export function shareProgress(share: ShareProgressInput) {
  const stepsDone = share.steps.filter((s) => s.doneAt).length;
  return { stepsDone, steps: share.steps.length, done: isShareDone(share.taskStatus) };
}

export function caseProgress(shares: ShareProgressInput[]) {
  const parts = shares.map(shareProgress);
  const sharesDone = parts.filter((p) => p.done).length;
  return { shares: parts.length, sharesDone, allDone: parts.length > 0 && sharesDone === parts.length };
}

export const handOverKinds = ['transfer', 'refer', 'delegate'] as const;
export type HandOverKind = (typeof handOverKinds)[number];
export const handOverKindNames: Record<HandOverKind, { zh: string; en: string }> = {
  transfer: { zh: '移交', en: 'Transfer' },
  refer: { zh: '移送', en: 'Referral' },
  delegate: { zh: '移办', en: 'Delegation' },
};

export const authorityKinds = ['police', 'procuratorate', 'court', 'department', 'other'] as const;
export type AuthorityKind = (typeof authorityKinds)[number];
export const authorityKindNames: Record<AuthorityKind, { zh: string; en: string }> = {
  police: { zh: '公安机关', en: 'Police' },
  procuratorate: { zh: '检察机关', en: 'Procuratorate' },
  court: { zh: '人民法院', en: 'Court' },
  department: { zh: '行政部门', en: 'Department' },
  other: { zh: '其他', en: 'Other' },
};
/** The judiciary: a hand-over to one of these is a 移送 of a case (涉嫌犯罪, 申请强制执行). */
export const judiciaryKinds: readonly AuthorityKind[] = ['police', 'procuratorate', 'court'];
