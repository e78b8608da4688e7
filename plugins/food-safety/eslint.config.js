export { plugin as default } from '@duban/eslint-config';
