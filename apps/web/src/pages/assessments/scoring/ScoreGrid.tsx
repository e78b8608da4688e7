import { Button, Progress, Space, Tooltip } from 'antd';
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/errors.ts';
import type { IndicatorView, ScoringSheet } from '../types.ts';
import { cellKey, cellText } from './cell-commit.ts';
import { firstMissing, gridProgress, intentOf, moveFrom, type Cell, type EnterDirection, type GridShape } from './grid-nav.ts';
import type { ScoreStore } from './use-score-store.ts';

type Unit = ScoringSheet['units'][number];

export interface ScoreGridProps {
  sheet: ScoringSheet;
  indicators: readonly IndicatorView[];
  store: ScoreStore;
  editable: boolean;
  /** true: a row per unit, a column per indicator; false: the other way round. */
  unitRows: boolean;
  enterDirection: EnterDirection;
}

/**
 * The assessor's grid for fast keyboard entry: type a number, Enter (down or across, as chosen),
 * Tab / Shift+Tab, arrow keys or Ctrl+Enter (next empty cell) move on. A value over the maximum
 * turns the cell red as it is typed and keeps the caret there; saving runs in the background.
 * One cell at a time is in the tab order (roving tabindex), so Tab past the last cell leaves the grid.
 */
export function ScoreGrid({ sheet, indicators, store, editable, unitRows, enterDirection }: ScoreGridProps) {
  const { t } = useTranslation();
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const units = sheet.units;
  const rows = unitRows ? units.length : indicators.length;
  const cols = unitRows ? indicators.length : units.length;
  const at = useCallback((c: Cell): { unit: Unit; indicator: IndicatorView } => (unitRows ? { unit: units[c.row]!, indicator: indicators[c.col]! } : { unit: units[c.col]!, indicator: indicators[c.row]! }), [unitRows, units, indicators]);
  // Tabbing into the grid lands on the first cell still to score (a returning assessor resumes there).
  const [active, setActive] = useState<Cell>(
    () => firstMissing({ rows, cols }, enterDirection, (c) => !store.saved.has(cellKey(at(c).unit.orgUnitId, at(c).indicator.key))) ?? { row: 0, col: 0 },
  );
  const selfChecks = useMemo(() => new Map(sheet.selfChecks.map((s) => [cellKey(s.orgUnitId, s.indicatorKey), s])), [sheet.selfChecks]);
  const shape: GridShape = { rows, cols };

  const isMissing = useCallback(
    (c: Cell) => {
      const { unit, indicator } = at(c);
      const key = cellKey(unit.orgUnitId, indicator.key);
      // A refused value (over the maximum …) does not count as scored.
      if (store.problems.has(key)) return true;
      const draft = store.drafts.get(key);
      return draft === undefined ? !store.saved.has(key) : !draft.trim();
    },
    [at, store.saved, store.drafts, store.problems],
  );

  const progress = gridProgress(shape, isMissing);

  const focusCell = (c: Cell) => {
    const el = inputs.current.get(`${c.row}:${c.col}`);
    if (!el) return;
    setActive(c);
    el.focus();
    el.select();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>, cell: Cell) => {
    const { unit, indicator } = at(cell);
    if (e.key === 'Escape') {
      store.revert(unit.orgUnitId, indicator.key);
      return;
    }
    const input = e.currentTarget;
    const intent = intentOf(e, { atStart: input.selectionStart === 0, atEnd: input.selectionEnd === input.value.length });
    if (!intent) return;
    const here = `${cell.row}:${cell.col}`;
    const target = moveFrom(cell, intent, shape, {
      enterDirection,
      // The cell being left counts as filled: its value is committed right below.
      isMissing: (c) => `${c.row}:${c.col}` !== here && isMissing(c),
    });
    const accepted = !editable || store.commit(unit.orgUnitId, indicator.key);
    if (!accepted) {
      e.preventDefault(); // a refused value keeps the caret in its cell
      return;
    }
    if (target === null) return; // Tab past the edge: the browser moves on to the next control
    e.preventDefault();
    focusCell(target);
  };

  const jumpToMissing = () => {
    const target = firstMissing(shape, enterDirection, isMissing);
    if (target) focusCell(target);
  };

  const indicatorHeader = (ind: IndicatorView) => (
    <Tooltip title={<div><div>{ind.componentName} › {ind.categoryName}</div>{ind.standard && <div style={{ marginTop: 4 }}>{ind.standard}</div>}</div>}>
      <div className="asm-grid-head">
        <span className="asm-grid-head-name">{ind.name}</span>
        <span className="asm-grid-head-max">{t('assessments.scoring.max', { max: ind.maxScore })}</span>
      </div>
    </Tooltip>
  );
  const unitHeader = (u: Unit) => (
    <div className="asm-grid-unit">
      <span>{u.name}</span>
      <span className="muted">{u.peerGroup}{u.selfCheckSubmittedAt ? ` · ${t('assessments.scoring.selfChecked')}` : ''}</span>
    </div>
  );

  return (
    <>
      <div className="asm-grid-toolbar">
        <div className="asm-grid-progress" data-testid="grid-progress">
          <Progress percent={progress.percent} size="small" status={progress.filled === progress.total ? 'success' : 'active'} style={{ width: 180, margin: 0 }} />
          <span>{t('assessments.scoring.progress', { filled: progress.filled, total: progress.total })}</span>
          {progress.filled < progress.total && <span className="asm-missing-key">{t('assessments.scoring.missingLegend', { count: progress.total - progress.filled })}</span>}
        </div>
        <Space size={8}>
          <SaveState store={store} />
          {editable && progress.filled < progress.total && (
            <Button size="small" onClick={jumpToMissing} data-testid="jump-missing">{t('assessments.scoring.jumpMissing')}</Button>
          )}
        </Space>
      </div>
      <div className="asm-grid-wrap" data-testid="score-grid">
        <table className="asm-grid" role="grid" aria-label={t('assessments.scoring.gridLabel')}>
          <thead>
            <tr>
              <th className="asm-grid-corner">{unitRows ? t('assessments.scoring.unitsByIndicators') : t('assessments.scoring.indicatorsByUnits')}</th>
              {Array.from({ length: cols }, (_, col) => (
                <th key={col} scope="col">{unitRows ? indicatorHeader(indicators[col]!) : unitHeader(units[col]!)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, row) => (
              <tr key={row}>
                <th scope="row">{unitRows ? unitHeader(units[row]!) : indicatorHeader(indicators[row]!)}</th>
                {Array.from({ length: cols }, (_, col) => {
                  const cell = { row, col };
                  const { unit, indicator } = at(cell);
                  const key = cellKey(unit.orgUnitId, indicator.key);
                  const problem = store.problems.get(key);
                  const status = store.status.get(key);
                  const self = selfChecks.get(key);
                  const missing = isMissing(cell);
                  const className = ['asm-cell', missing && 'missing', problem && 'invalid', status].filter(Boolean).join(' ');
                  const hint = problem
                    ? t(`assessments.scoreProblem.${problem.code}`, { ...problem })
                    : self?.selfScore != null
                      ? t('assessments.scoring.selfScore', { score: self.selfScore, note: self.note ?? '' })
                      : undefined;
                  return (
                    <td key={col} className={className}>
                      <input
                        ref={(el) => {
                          if (el) inputs.current.set(`${row}:${col}`, el);
                          else inputs.current.delete(`${row}:${col}`);
                        }}
                        value={cellText(store.drafts.get(key), store.saved.get(key))}
                        readOnly={!editable}
                        inputMode="decimal"
                        autoComplete="off"
                        tabIndex={active.row === row && active.col === col ? 0 : -1}
                        aria-label={`${unit.name} · ${indicator.name}`}
                        aria-invalid={problem ? true : undefined}
                        title={hint}
                        data-unit={unit.name}
                        data-indicator={indicator.key}
                        data-testid="score-cell"
                        onFocus={(e) => {
                          setActive(cell);
                          e.currentTarget.select();
                        }}
                        onChange={(e) => store.type(unit.orgUnitId, indicator.key, e.target.value)}
                        onBlur={() => editable && store.commit(unit.orgUnitId, indicator.key)}
                        onKeyDown={(e) => onKeyDown(e, cell)}
                      />
                      {problem && <div className="asm-cell-problem" role="alert">{hint}</div>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** Whether the typed scores have reached the server: saving…, all saved, or failed with a retry. */
function SaveState({ store }: { store: ScoreStore }) {
  const { t } = useTranslation();
  const failed = [...store.status.values()].filter((s) => s === 'failed').length;
  const saving = [...store.status.values()].filter((s) => s === 'saving').length;
  if (failed > 0) {
    return (
      <span className="asm-bad" data-testid="save-state">
        <Tooltip title={store.lastError ? errorMessage(store.lastError, t) : undefined}>{t('assessments.scoring.saveFailed', { count: failed })}</Tooltip>
        <Button size="small" type="link" onClick={store.retry}>{t('common.retry')}</Button>
      </span>
    );
  }
  return <span className="muted" data-testid="save-state">{saving > 0 ? t('assessments.scoring.saving') : t('assessments.scoring.allSaved')}</span>;
}
