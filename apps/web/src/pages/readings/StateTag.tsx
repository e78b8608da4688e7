import type { ReadingState } from '@duban/api/schemas';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const colors: Record<ReadingState, string> = { over: 'red', normal: 'green', noThreshold: 'default', noData: 'default' };

/** The station's state from its latest value (core's readingState): red over the threshold. */
export function StateTag({ state }: { state: ReadingState }) {
  const { t } = useTranslation();
  return <Tag color={colors[state]} data-testid="station-state" data-state={state}>{t(`readings.states.${state}`)}</Tag>;
}
