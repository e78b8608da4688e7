// The plugin's own access matrix (plugin-sdk testing): every 防汛抗旱 procedure as every role at
// own/child/sibling/parent/other-county units, on reservoirs seeded at each, so this package's
// `pnpm test` proves the plugin leaks nothing and every procedure is reachable.
import { runAccessMatrix } from '@duban/plugin-sdk/testing';
import floodControl from '../src/server.ts';

runAccessMatrix(floodControl);
