export { buildApp } from './app.ts';
export { configFromEnv, type ServerConfig } from './config.ts';
export { serve } from './commands/serve.ts';
export { leanTrpcPlugin } from './trpc-transport.ts';
