#!/usr/bin/env node
// Runs the TypeScript entry point through tsx, so the command always matches src/.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
