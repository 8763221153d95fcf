#!/usr/bin/env node
// Makes sure Debian's Chromium is there for the end-to-end tests; never downloads a browser build.
// Uses CHROME_PATH when set, else /usr/bin/chromium. As root it installs the Debian package;
// otherwise it prints the exact command to run.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

function version() {
  const result = spawnSync(chromiumPath, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

if (existsSync(chromiumPath) && version()) {
  console.log(`Chromium: ${version()} (${chromiumPath})`);
  process.exit(0);
}

const installCommand = 'apt-get update && apt-get install -y chromium';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || process.env.CHROME_PATH) {
  console.error(`Chromium was not found at ${chromiumPath}.`);
  console.error(`Install Debian's Chromium with:\n  sudo sh -c '${installCommand}'`);
  console.error('or point CHROME_PATH at an existing Chromium or Chrome binary.');
  process.exit(1);
}

console.log(`Chromium is missing; installing Debian's package (${installCommand}) ...`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium']]) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`apt-get ${args.join(' ')} failed (exit ${result.status}).`);
    process.exit(1);
  }
}
if (!version()) {
  console.error(`Chromium was installed but ${chromiumPath} --version does not run.`);
  process.exit(1);
}
console.log(`Chromium: ${version()} (${chromiumPath})`);
