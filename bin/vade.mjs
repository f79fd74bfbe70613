#!/usr/bin/env node
// The `vade` command: runs the TypeScript CLI directly through tsx, so it works right after npm install.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src-main/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
