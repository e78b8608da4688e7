// Shared flat config: typescript-eslint's recommended rules plus the project's import boundary —
// core packages must never import a plugin by name (DESIGN.md: plugins are discovered).
import tseslint from 'typescript-eslint';

export const base = tseslint.config(
  { ignores: ['**/dist/**', '**/generated/**', '**/node_modules/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);

/** For packages/* and apps/*: forbid importing any @duban/plugin-* package. */
export const core = tseslint.config(...base, {
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: ['@duban/plugin-*'], message: 'Core must not import a plugin by name; plugins are discovered.' }] }],
  },
});

/**
 * For plugins/*: a plugin's whole view of the core is @duban/plugin-sdk (issue 11: services, not
 * imports), so the core can change behind the SDK without breaking plugins.
 */
export const plugin = tseslint.config(...base, {
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [{
        group: ['@duban/core', '@duban/core/*', '@duban/db', '@duban/db/*', '@duban/api', '@duban/api/*', '@duban/web', '@duban/web/*'],
        message: 'A plugin reaches the core through @duban/plugin-sdk/* (server, db, web, testing); add what you need there.',
      }],
    }],
  },
});
