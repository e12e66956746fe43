#!/usr/bin/env node
// Runs the built CLI (npm run build writes dist-cli/). Kept tiny so `npx sidenote` works in the repo.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// SIDENOTE_CLI_BUILD points at another build (e.g. one engineer's private outDir while others rebuild dist-cli).
const built = process.env.SIDENOTE_CLI_BUILD || fileURLToPath(new URL('../dist-cli/sidenote.mjs', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('sidenote: the CLI is not built yet; run `npm run build` first\n');
  process.exit(2);
}
const { main } = await import(built);
process.exitCode = main(process.argv.slice(2));
