// Browser-safe rules of 入户调查 (`@duban/core/surveys/rules`): question kinds and answer checks.
export * from './questions.ts';
