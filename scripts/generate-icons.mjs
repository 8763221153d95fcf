#!/usr/bin/env node
// Renders every app icon from the one source, public/icon.svg, with Debian's Chromium
// (playwright-core, no new packages). The PNGs and favicon.ico are committed; run this again
// after changing the SVG:  node scripts/generate-icons.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from './measure-browser.mjs';

const publicDir = resolve(import.meta.dirname, '../public');
const svg = readFileSync(resolve(publicDir, 'icon.svg'), 'utf8');
// The first filled shape is the tile; full-bleed icons are painted in its colour.
const tileColour = /<rect[^>]*fill="(#[0-9a-f]{6})"/i.exec(svg)?.[1];
if (!tileColour) throw new Error('public/icon.svg: expected a first <rect> with a fill colour for the tile');

/**
 * `fullBleed`: the square is painted edge to edge (the platform crops it: Android's maskable
 * shapes, iOS's rounded corners); `glyphScale` shrinks the drawing into the maskable safe circle.
 */
const icons = [
  { file: 'icon-192.png', size: 192, fullBleed: false, glyphScale: 1 },
  { file: 'icon-512.png', size: 512, fullBleed: false, glyphScale: 1 },
  { file: 'icon-maskable-512.png', size: 512, fullBleed: true, glyphScale: 0.86 },
  { file: 'apple-touch-icon-180.png', size: 180, fullBleed: true, glyphScale: 1 },
];
const faviconSizes = [16, 32, 48];

function pageFor(size, fullBleed, glyphScale) {
  const imageSize = Math.round(size * glyphScale);
  const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  return `<!doctype html><html><body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${fullBleed ? tileColour : 'transparent'}">
    <img src="${dataUrl}" width="${imageSize}" height="${imageSize}" alt=""></body></html>`;
}

/** An .ico file whose entries are PNGs (supported by every browser since IE 11). */
function icoFromPngs(pngs) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(pngs.length, 4);
  const directory = Buffer.alloc(16 * pngs.length);
  let offset = header.length + directory.length;
  pngs.forEach(({ size, bytes }, index) => {
    const entry = index * 16;
    directory.writeUInt8(size >= 256 ? 0 : size, entry);
    directory.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    directory.writeUInt16LE(1, entry + 4); // colour planes
    directory.writeUInt16LE(32, entry + 6); // bits per pixel
    directory.writeUInt32LE(bytes.length, entry + 8);
    directory.writeUInt32LE(offset, entry + 12);
    offset += bytes.length;
  });
  return Buffer.concat([header, directory, ...pngs.map((png) => png.bytes)]);
}

const browser = await launchChromium();
try {
  const render = async (size, fullBleed, glyphScale) => {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(pageFor(size, fullBleed, glyphScale));
    await page.locator('img').evaluate((image) => image.decode());
    const bytes = await page.screenshot({ omitBackground: !fullBleed, type: 'png' });
    await page.close();
    return bytes;
  };
  for (const icon of icons) {
    writeFileSync(resolve(publicDir, icon.file), await render(icon.size, icon.fullBleed, icon.glyphScale));
    console.log(`public/${icon.file} (${icon.size}×${icon.size})`);
  }
  const favicons = [];
  for (const size of faviconSizes) favicons.push({ size, bytes: await render(size, false, 1) });
  writeFileSync(resolve(publicDir, 'favicon.ico'), icoFromPngs(favicons));
  console.log(`public/favicon.ico (${faviconSizes.join(', ')} px)`);
} finally {
  await browser.close();
}
