import type { NormalizedTemplate } from '@duban/api/schemas';
import type { RouterInputs } from '../../api/types.ts';
import { submitOffline, type SubmitResult } from '../../offline/index.ts';
import type { PhotoDraft } from './ChecklistField.tsx';
import type { Position } from './use-position.ts';

type SubmitInput = RouterInputs['inspection']['submitRecord'];

/**
 * Builds a self-contained submission (photos and signature inline as base64, so a queued one
 * needs nothing else to be replayed) and hands it to the offline queue under its idempotency key.
 */
export function submitRecord(args: {
  idempotencyKey: string;
  visitId: string;
  templateVersionId: string;
  template: NormalizedTemplate;
  values: Record<string, unknown>;
  photos: Record<string, PhotoDraft[]>;
  answers: Record<string, unknown>;
  position: Position | null;
  previousId: string | null;
  correctionNote: string | null;
}): Promise<SubmitResult> {
  const files: SubmitInput['files'] = [];
  for (const section of args.template.sections) {
    for (const item of section.items) {
      if (item.type === 'photo') {
        for (const p of args.photos[item.key] ?? []) files.push({ ref: p.ref, itemKey: item.key, kind: 'photo', fileName: p.fileName, contentType: p.contentType, base64: p.base64 });
      }
      const png = args.values[item.key];
      if (item.type === 'signature' && typeof png === 'string') {
        files.push({ ref: `sig-${item.key}`, itemKey: item.key, kind: 'signature', fileName: 'signature.png', contentType: 'image/png', base64: png });
      }
    }
  }
  const input: SubmitInput = {
    idempotencyKey: args.idempotencyKey,
    visitId: args.visitId,
    templateVersionId: args.templateVersionId,
    // The form holds each answer in its item's shape (checklist-evaluate.ts); the schema bounds them.
    answers: args.answers as SubmitInput['answers'],
    files,
    gps: args.position ? { lat: args.position.lat, lng: args.position.lng, accuracy: args.position.accuracy } : null,
    capturedAt: new Date().toISOString(),
    previousId: args.previousId,
    correctionNote: args.correctionNote,
  };
  return submitOffline({ procedure: 'inspection.submitRecord', input, idempotencyKey: args.idempotencyKey });
}
