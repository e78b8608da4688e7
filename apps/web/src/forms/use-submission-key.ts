import { useCallback, useState } from 'react';
import { newIdempotencyKey } from '../offline/idempotency-key.ts';

/**
 * The idempotency key of a creating form (交办, 部署重点工作, 发布预警): one key until the server has
 * taken the submission, so that pressing 确定 again after a lost answer gets the first record back
 * instead of a second one (server: packages/api/src/receipts.ts). Renew it once it succeeded.
 */
export function useSubmissionKey(): [key: string, renew: () => void] {
  const [key, setKey] = useState(newIdempotencyKey);
  return [key, useCallback(() => setKey(newIdempotencyKey()), [])];
}
