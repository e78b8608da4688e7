import type { UploadFile } from 'antd';
import { readFileAsBase64 } from '../../api/files.ts';

// The server's limits (handleTaskInput), checked before anything is read or sent.
export const EVIDENCE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf'] as const;
export const EVIDENCE_ACCEPT = '.jpg,.jpeg,.png,.webp,.gif,.pdf,' + EVIDENCE_TYPES.join(',');
export const MAX_EVIDENCE_FILES = 3;
export const MAX_EVIDENCE_BYTES = 3 * 1024 * 1024;

/** The i18n key of what is wrong with a picked file, or null when it may be sent. */
export function evidenceProblem(file: { type: string; size: number }): 'tasks.submit.badType' | 'tasks.submit.tooLarge' | 'tasks.submit.empty' | null {
  if (!(EVIDENCE_TYPES as readonly string[]).includes(file.type)) return 'tasks.submit.badType';
  if (file.size > MAX_EVIDENCE_BYTES) return 'tasks.submit.tooLarge';
  if (file.size === 0) return 'tasks.submit.empty';
  return null;
}

/** The picked files as the API takes them (base64, no data: prefix). */
export function toEvidenceUploads(files: readonly UploadFile[]) {
  return Promise.all(
    files.map(async (f) => ({
      fileName: f.name.slice(-120),
      contentType: f.type ?? f.originFileObj?.type ?? '',
      base64: await readFileAsBase64(f.originFileObj as Blob),
    })),
  );
}
