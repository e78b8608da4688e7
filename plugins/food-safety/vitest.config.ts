export { vitestPreset as default } from '@duban/vitest-config';
