#!/usr/bin/env node
// The `naslag` command. It runs the TypeScript services directly (through tsx),
// so it works right after `npm ci`, without a build. It is a tool of the project
// checkout (`npx naslag`), not part of the installed app, so tsx is a development
// dependency and stays out of the installers.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) });
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
});
