/** Builds the CLI (src/cli) into dist-cli/sidenote.mjs for Node; bin/sidenote.mjs runs it. */
import { defineConfig } from 'vite';

export default defineConfig({
  define: { __E2E__: 'false' },
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'sidenote.mjs' } },
  },
  ssr: { noExternal: ['@mozilla/readability'] },
});
