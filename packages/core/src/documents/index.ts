export * from './cjk-font.ts';
export * from './official-document.ts';
export * from './task-notice.ts';
