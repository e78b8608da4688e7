import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../api/types.ts';
import { useTRPCClient } from '../../api/trpc.ts';
import { useInvalidate } from '../../api/use-invalidate.ts';
import { ExcelImportModal } from '../../components/excel-import/ExcelImportModal.tsx';
import type { ImportRunner } from '../../components/excel-import/types.ts';

type Counts = { created: number; updated: number };

/**
 * 导入 Excel into the tree under `root`, through the import dialog every import shares: a dry run
 * checks the whole file, the user confirms, the same file is imported; any error rejects it and
 * comes back as a workbook with an error column to fix and re-upload.
 */
export function ImportModal({ root, open, onClose }: { root: OrgUnit; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useTRPCClient();
  const invalidate = useInvalidate();
  const run: ImportRunner<Counts> = async (file, dryRun, onProgress) => {
    onProgress({ phase: 'upload', done: 0, total: 0 });
    const result = await client.orgUnit.import.mutate({ rootId: root.id, fileBase64: file.base64, dryRun });
    return {
      ok: result.ok,
      summary: result.ok ? { created: result.created, updated: result.updated } : null,
      errors: result.errors,
      errorCount: result.errorCount,
      errorReportBase64: 'errorReportBase64' in result ? (result.errorReportBase64 ?? null) : null,
    };
  };
  return (
    <ExcelImportModal<Counts>
      open={open}
      onClose={onClose}
      title={t('orgUnits.import.title', { name: root.name })}
      intro={t('orgUnits.import.intro')}
      run={run}
      nothingToDo={(c) => c.created === 0 && c.updated === 0}
      describe={(c, stage) =>
        stage === 'imported'
          ? t('orgUnits.import.done', c)
          : c.created === 0 && c.updated === 0 ? t('orgUnits.import.nothing') : t('orgUnits.import.ready', c)
      }
      onImported={() => invalidate.orgUnits()}
    />
  );
}
