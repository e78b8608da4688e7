export { base as default } from '@duban/eslint-config';
