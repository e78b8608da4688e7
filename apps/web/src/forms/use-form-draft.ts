import { App, type FormInstance } from 'antd';
import dayjs, { isDayjs } from 'dayjs';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

// Nothing typed is lost: a long form keeps a draft in localStorage while it is filled (cleared on
// submit or an explicit discard), and closing a form with input asks first.

const storageKey = (key: string) => `duban.draft.${key}`;
const DATE = '__date';

const encode = (values: Record<string, unknown>) => JSON.stringify(values, (_k, v: unknown) => (isDayjs(v) ? { [DATE]: v.toISOString() } : v));
const decode = (text: string): Record<string, unknown> =>
  JSON.parse(text, (_k, v: unknown) => (v && typeof v === 'object' && DATE in v ? dayjs((v as Record<string, string>)[DATE]) : v)) as Record<string, unknown>;

function readDraft(key: string): Record<string, unknown> | null {
  try {
    const text = localStorage.getItem(storageKey(key));
    return text ? decode(text) : null;
  } catch {
    return null;
  }
}

/**
 * Restores a draft into the form when it opens, saves on every change (pass `save` to the Form's
 * onValuesChange), and offers `clear` (after submit) and `confirmClose` (for onCancel: asks before
 * discarding what was typed).
 */
export function useFormDraft(form: FormInstance, key: string, onClose: () => void) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  // Esc reaches the dialog and the page: ask once, not once per listener.
  const asking = useRef(false);
  useEffect(() => {
    const draft = readDraft(key);
    if (draft) form.setFieldsValue(draft);
  }, [form, key]);
  const save = useCallback(() => {
    try {
      localStorage.setItem(storageKey(key), encode(form.getFieldsValue(true) as Record<string, unknown>));
    } catch {
      // Storage full or disabled: the form still works, only without a draft.
    }
  }, [form, key]);
  const clear = useCallback(() => localStorage.removeItem(storageKey(key)), [key]);
  const confirmClose = useCallback(() => {
    const typed = form.isFieldsTouched() || readDraft(key) !== null;
    if (!typed) return onClose();
    if (asking.current) return;
    asking.current = true;
    modal.confirm({
      afterClose: () => { asking.current = false; },
      title: t('form.discardTitle'),
      content: t('form.discardBody'),
      okText: t('form.discard'),
      okButtonProps: { danger: true, 'data-testid': 'discard-confirm' } as never,
      cancelText: t('form.keepEditing'),
      onOk: () => {
        clear();
        onClose();
      },
    });
  }, [form, key, modal, onClose, clear, t]);
  return { save, clear, confirmClose };
}
