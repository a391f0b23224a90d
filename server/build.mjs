// Bundles the server (and the workspace packages it uses) into dist/main.js for `npm start`;
// third-party packages stay in node_modules. `npm run dev` runs the TypeScript with tsx instead.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/main.ts'],
  outfile: 'dist/main.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'third-party-external',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith('@care/') ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
});
