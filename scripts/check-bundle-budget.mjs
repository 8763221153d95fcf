#!/usr/bin/env node
// Prints the gzipped size of what the first page load fetches and fails above the budget.
// Reads Vite's build manifest, so lazily loaded routes are not counted and static imports are.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { FIRST_LOAD_BUDGET_KB } from './bundle-budget.mjs';

const dist = resolve(import.meta.dirname, '../dist');
const manifestPath = resolve(dist, '.vite/manifest.json');
if (!existsSync(manifestPath)) {
  console.error('dist/.vite/manifest.json is missing: run `npm run build` first.');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const entry = Object.values(manifest).find((chunk) => chunk.isEntry && chunk.src === 'index.html');
if (!entry) {
  console.error('The build manifest has no index.html entry.');
  process.exit(1);
}

/** The entry and everything it imports statically (dynamic imports load later). */
const files = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const imported of chunk.imports ?? []) visit(imported);
};
visit(Object.keys(manifest).find((key) => manifest[key] === entry));

const rows = [...files].map((file) => {
  const bytes = readFileSync(resolve(dist, file));
  return { file, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
});
const totalGzip = rows.reduce((sum, row) => sum + row.gzipBytes, 0);
const kb = (bytes) => (bytes / 1000).toFixed(1);

/**
 * A user whose language is not English also fetches that language's first-screen texts before the
 * first paint (src/shared/i18n/i18n.ts): each such chunk is counted with the first load.
 */
const firstScreenTexts = Object.entries(manifest)
  .filter(([key]) => /^src\/locales\/([a-z]{2})\/shell\.json$/.test(key) && !key.startsWith('src/locales/en/'))
  .map(([key, chunk]) => {
    const bytes = readFileSync(resolve(dist, chunk.file));
    return { language: key.split('/')[2], file: chunk.file, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });

console.log('First page load (gzipped):');
for (const row of rows.sort((a, b) => b.gzipBytes - a.gzipBytes)) {
  console.log(`  ${kb(row.gzipBytes).padStart(6)} kB  ${row.file} (${kb(row.rawBytes)} kB raw)`);
}
console.log(`  ${kb(totalGzip).padStart(6)} kB  total in English; budget ${FIRST_LOAD_BUDGET_KB} kB`);
const loads = [{ language: 'en', gzipBytes: totalGzip }];
for (const texts of firstScreenTexts) {
  const withTexts = totalGzip + texts.gzipBytes;
  loads.push({ language: texts.language, gzipBytes: withTexts });
  console.log(`  ${kb(withTexts).padStart(6)} kB  total in ${texts.language} (with ${texts.file}, ${kb(texts.gzipBytes)} kB)`);
}
const over = loads.filter((load) => load.gzipBytes > FIRST_LOAD_BUDGET_KB * 1000);
if (over.length > 0) {
  console.error(
    over
      .map((load) => `Bundle budget exceeded: the first load in ${load.language} is ${kb(load.gzipBytes)} kB gzipped, over the ${FIRST_LOAD_BUDGET_KB} kB budget by ${kb(load.gzipBytes - FIRST_LOAD_BUDGET_KB * 1000)} kB.`)
      .join('\n') + ' Load the new code lazily (React.lazy / import()) or remove it.',
  );
  process.exit(1);
}
