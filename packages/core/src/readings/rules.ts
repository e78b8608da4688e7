// Browser-safe rules of readings (`@duban/core/readings/rules`): the CSV line check and a
// station's state — the web shows what the server decides.
export * from './csv-lines.ts';
export * from './state.ts';
