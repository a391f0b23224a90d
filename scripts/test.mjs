// `npm test`: static checks, the client build, then every jest suite (unit, API, browser),
// ending with one line `N passed, M failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const run = (cmd, args, opts = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', ...opts }).status ?? 1;
const chromium = '/usr/bin/chromium';

if (!existsSync(chromium) && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('Installing Debian chromium for the browser tests…');
  run('sh', [
    '-c',
    'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core',
  ]);
}

let staticFailures = 0;
for (const [name, cmd, args] of [
  ['typecheck', 'npm', ['run', '-s', 'typecheck']],
  ['lint', 'npm', ['run', '-s', 'lint']],
  ['client build', 'npm', ['run', '-s', 'build', '-w', 'client']],
]) {
  console.log(`\n▶ ${name}`);
  if (run(cmd, args) !== 0) {
    console.log(`✖ ${name} failed`);
    staticFailures++;
  }
}

console.log('\n▶ jest (unit, API, browser)');
const report = path.join(mkdtempSync(path.join(tmpdir(), 'carecentre-jest-')), 'report.json');
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
passed += 3 - staticFailures;
failed += staticFailures;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(jestStatus !== 0 || failed > 0 ? 1 : 0);
