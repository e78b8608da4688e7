export { core as default } from '@duban/eslint-config';
