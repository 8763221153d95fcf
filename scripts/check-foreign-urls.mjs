#!/usr/bin/env node
// Lists every absolute http(s) URL in the build (dist/) and fails on any that could be a request
// to another server: the app must fetch nothing from anywhere but its own origin (no CDN, fonts,
// analytics). The end-to-end tests check the same thing at run time; this catches code paths no
// test visits. Known strings that are never fetched are listed below with the reason.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const dist = resolve(import.meta.dirname, '../dist');
const neverFetched = [
  { prefix: 'http://www.w3.org/', why: 'XML namespace names (SVG, MathML, XLink) in React DOM' },
  { prefix: 'https://react.dev/errors/', why: "text of React's minified error messages" },
  { prefix: 'https://reactrouter.com/', why: "text of React Router's developer warnings" },
  { prefix: 'https://github.com/ungap/url-search-params', why: "text of React Router's IE 11 warning" },
  { prefix: 'http://localhost', why: "React Router's placeholder base for parsing relative URLs" },
  { prefix: 'https://bit.ly/wb-precache', why: "text of a Workbox console warning" },
];

if (!existsSync(dist)) {
  console.error('dist/ is missing: run `npx vite build` first.');
  process.exit(1);
}

const textFile = /\.(html|js|mjs|css|json|webmanifest|svg|txt)$/;
const files = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && textFile.test(entry.name))
  .map((entry) => join(entry.parentPath, entry.name));

const found = new Map();
for (const file of files) {
  for (const [url] of readFileSync(file, 'utf8').matchAll(/https?:\/\/[^\s"'`)<>\\]+/g)) {
    const where = found.get(url) ?? new Set();
    where.add(relative(dist, file));
    found.set(url, where);
  }
}

const foreign = [...found].filter(([url]) => !neverFetched.some((known) => url.startsWith(known.prefix)));
console.log(`Absolute URLs in dist/ (${files.length} text files): ${found.size} distinct, ${foreign.length} not known to be harmless.`);
for (const [url, where] of foreign) console.error(`  ✗ ${url}  in ${[...where].join(', ')}`);
if (foreign.length > 0) {
  console.error(
    'The build refers to another origin. Bundle the resource (fonts, sounds, icons go in the app) or, if it is ' +
      'only text that is never fetched, add it to `neverFetched` in scripts/check-foreign-urls.mjs with the reason.',
  );
  process.exit(1);
}
