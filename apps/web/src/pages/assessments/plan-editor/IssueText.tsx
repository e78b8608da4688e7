import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ConfigIssue } from './validate.ts';

/** A node's problems in the user's language, in red right where the node is edited. */
export function IssueText({ issues, testId }: { issues: readonly ConfigIssue[]; testId?: string }) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  return (
    <div className="asm-issue" role="alert" data-testid={testId ?? 'config-issue'}>
      {issues.map((issue, i) => (
        <div key={i}>{t(`assessments.issues.${issue.code}`, issue.params)}</div>
      ))}
    </div>
  );
}

/** The antd Form.Item props that show a field's problem under it (red outline, message). */
export function fieldStatus(issues: readonly ConfigIssue[], t: TFunction) {
  if (issues.length === 0) return {};
  return { validateStatus: 'error' as const, help: issues.map((i) => t(`assessments.issues.${i.code}`, i.params)).join(';') };
}
