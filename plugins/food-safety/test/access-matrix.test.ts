// The plugin's own access matrix (plugin-sdk testing): every 食品安全 procedure as every role at
// own/child/sibling/parent/other-county units, on seeded incidents, plans, transfers and surveys —
// so this package's `pnpm test` proves the plugin leaks nothing and every procedure is reachable.
import { runAccessMatrix } from '@duban/plugin-sdk/testing';
import foodSafetyPlugin from '../src/server.ts';

runAccessMatrix(foodSafetyPlugin);
