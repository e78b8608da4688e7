import { base } from '@duban/eslint-config';

// templates/ holds placeholder files (*.tmpl), checked through the plugin they generate.
export default [{ ignores: ['templates/**'] }, ...base];
