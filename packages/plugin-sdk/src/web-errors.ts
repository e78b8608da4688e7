import { TRPCClientError } from '@trpc/client';
import { useBilingual } from './web-locale.ts';

interface ErrorData {
  code?: string;
  key?: string;
  params?: Record<string, string | number>;
  zodIssues?: { path: string[]; message: string }[];
}

/**
 * `const errorText = useErrorMessage(); onError: (e) => message.error(errorText(e))` — a failed
 * request's message in the user's language: a plugin's bilingual error (pluginError on the
 * server) in English for English users, else the server's zh-CN message, first field issue first.
 */
export function useErrorMessage() {
  const tr = useBilingual();
  return (error: unknown): string => {
    const data = (error instanceof TRPCClientError ? error.data : undefined) as ErrorData | undefined;
    const params = data?.params;
    if (data?.key === 'errors.plugin' && typeof params?.zh === 'string' && typeof params.en === 'string') return tr({ zh: params.zh, en: params.en });
    if (data?.code === 'FORBIDDEN') {
      // The server says why (errors.access.*: the module is off at the unit, a permission not held
      // there) in zh-CN; English users read the same reason from the key and the unit.
      const unit = typeof params?.unit === 'string' ? params.unit : '';
      if (data.key === 'errors.access.moduleOff' && error instanceof Error) return tr({ zh: error.message, en: `Access denied: the module is not enabled for ${unit}; ask the department in charge` });
      if (data.key === 'errors.access.notGranted' && error instanceof Error) return tr({ zh: error.message, en: `Access denied: you do not hold this permission at ${unit}` });
      if (data.key?.startsWith('errors.access.') && error instanceof Error) return tr({ zh: error.message, en: 'Access denied' });
      return tr({ zh: '无权访问:超出您的权限范围,或该单位未启用本模块', en: 'Access denied: outside your scope, or the module is not enabled for this unit' });
    }
    if (data?.code === 'INTERNAL_SERVER_ERROR') return tr({ zh: '服务器出错,请稍后重试', en: 'Server error, please try again later' });
    if (data?.zodIssues?.length) return data.zodIssues[0]!.message;
    return error instanceof Error && error.message ? error.message : tr({ zh: '操作失败', en: 'Failed' });
  };
}
