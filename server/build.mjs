// Bundles the server (and the workspace packages it uses) into dist/main.js for `npm start`;
// third-party packages stay in node_modules. `npm run dev` runs the TypeScript with tsx instead.
import { build } from 'esbuild';

const options = {
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
};
await build({ ...options, entryPoints: ['src/main.ts'], outfile: 'dist/main.js' });
// The auto-rostering solver runs in a worker thread of its own file (see rota/solver/jobs.ts).
await build({
  ...options,
  entryPoints: ['src/rota/solver/worker.ts'],
  outfile: 'dist/rota-solver-worker.js',
});
