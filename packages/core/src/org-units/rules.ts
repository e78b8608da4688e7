// Browser-safe rules of the org tree (`@duban/core/org-units/rules`): the web app imports these
// rather than copying them. No database or Node imports here (types only).
export * from './levels.ts';
