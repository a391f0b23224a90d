// `npm test`: static checks and the client build (each reported on its own line), then every jest
// suite (unit, API on the real embedded database, browser in Debian's Chromium). The last line
// counts tests only: `N passed, M failed`. Installing chromium is CI's job (.ci/run), not this one's.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const run = (cmd, args, opts = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', ...opts }).status ?? 1;

if (!existsSync('/usr/bin/chromium'))
  console.log(
    'Note: /usr/bin/chromium is missing; the browser tests will fail (apt-get install chromium).',
  );

const checks = [];
for (const [name, cmd, args] of [
  ['typecheck', 'npm', ['run', '-s', 'typecheck']],
  ['lint', 'npm', ['run', '-s', 'lint']],
  ['client build', 'npm', ['run', '-s', 'build', '-w', 'client']],
]) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const ok = run(cmd, args) === 0;
  checks.push(`${name}: ${ok ? 'ok' : 'FAILED'} (${Math.round((Date.now() - started) / 1000)} s)`);
}

console.log('\n▶ jest (unit, API, browser)');
const report = path.join(mkdtempSync(path.join(tmpdir(), 'carecentre-jest-')), 'report.json');
const started = Date.now();
const jestStatus = run('npx', [
  'jest',
  '--json',
  `--outputFile=${report}`,
  ...process.argv.slice(2),
]);
let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests + r.numRuntimeErrorTestSuites;
}
console.log('');
for (const line of checks) console.log(line);
console.log(`jest: ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`${passed} passed, ${failed} failed`);
const staticFailed = checks.some((c) => c.includes('FAILED'));
process.exit(jestStatus !== 0 || failed > 0 || staticFailed ? 1 : 0);
