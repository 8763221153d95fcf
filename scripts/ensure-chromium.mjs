#!/usr/bin/env node
// Makes sure Debian's Chromium is there for the browser checks; never downloads a browser build.
//  - chromium (CHROME_PATH, else /usr/bin/chromium): Lighthouse and the measurement scripts, so
//    their figures come from the browser people run;
//  - chromium-headless-shell (E2E_CHROME_PATH, else /usr/bin/chromium-headless-shell): the
//    end-to-end tests. The same Chromium build without the desktop browser around it (Debian's
//    package of it, what Playwright itself runs for headless tests): the e2e run took 218 s with
//    it against 359 s with the full browser, on two cores the suite keeps busy.
// As root it installs the missing Debian packages; otherwise it prints the exact command to run.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const browsers = [
  { pkg: 'chromium', path: process.env.CHROME_PATH ?? '/usr/bin/chromium', pathVariable: 'CHROME_PATH', usedFor: 'Lighthouse and the measurement scripts' },
  { pkg: 'chromium-headless-shell', path: process.env.E2E_CHROME_PATH ?? '/usr/bin/chromium-headless-shell', pathVariable: 'E2E_CHROME_PATH', usedFor: 'the end-to-end tests' },
];

function version(path) {
  if (!existsSync(path)) return null;
  const result = spawnSync(path, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

const missing = browsers.filter((browser) => !version(browser.path));
for (const browser of browsers.filter((browser) => !missing.includes(browser))) console.log(`${browser.pkg}: ${version(browser.path)} (${browser.path}), for ${browser.usedFor}`);
if (missing.length === 0) process.exit(0);

const installCommand = `apt-get update && apt-get install -y ${missing.map((browser) => browser.pkg).join(' ')}`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const pointedElsewhere = missing.filter((browser) => process.env[browser.pathVariable]);
if (!isRoot || pointedElsewhere.length > 0) {
  for (const browser of missing) console.error(`${browser.pkg} was not found at ${browser.path} (it runs ${browser.usedFor}).`);
  console.error(`Install Debian's packages with:\n  sudo sh -c '${installCommand}'`);
  console.error(`or point ${missing.map((browser) => browser.pathVariable).join(' and ')} at an existing Chromium binary.`);
  process.exit(1);
}

console.log(`Missing: ${missing.map((browser) => browser.pkg).join(', ')}; installing Debian's packages (${installCommand}) ...`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...missing.map((browser) => browser.pkg)]]) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`apt-get ${args.join(' ')} failed (exit ${result.status}).`);
    process.exit(1);
  }
}
for (const browser of missing) {
  if (!version(browser.path)) {
    console.error(`${browser.pkg} was installed but ${browser.path} --version does not run.`);
    process.exit(1);
  }
  console.log(`${browser.pkg}: ${version(browser.path)} (${browser.path}), for ${browser.usedFor}`);
}
