import { Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportProgressState } from './types.ts';

// How much of the bar each phase fills: a check reads and checks; an import also writes.
const SHARE = {
  check: { upload: [0, 10], read: [10, 20], check: [20, 100], write: [100, 100] },
  import: { upload: [0, 5], read: [5, 10], check: [10, 45], write: [45, 100] },
} as const;

/** The bar shown while a file is uploaded, read, checked and written, with what is happening now. */
export function ImportProgressBar({ progress, dryRun }: { progress: ImportProgressState; dryRun: boolean }) {
  const { t } = useTranslation();
  const [from, to] = SHARE[dryRun ? 'check' : 'import'][progress.phase];
  const fraction = progress.total > 0 ? progress.done / progress.total : 0;
  const percent = Math.min(99, Math.round(from + (to - from) * fraction));
  return (
    <div data-testid="import-progress" data-phase={progress.phase} style={{ padding: '24px 8px' }}>
      <div style={{ marginBottom: 8 }}>
        {t(dryRun ? 'excelImport.checking' : 'excelImport.importing')}
        <span className="muted" style={{ marginInlineStart: 8 }}>
          {t(`excelImport.phase.${progress.phase}`, { done: progress.done.toLocaleString(), total: progress.total.toLocaleString() })}
        </span>
      </div>
      <Progress percent={percent} status="active" />
    </div>
  );
}
