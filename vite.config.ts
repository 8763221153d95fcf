import { resolve as resolvePath } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';
import { catalogValidationPlugin } from './scripts/catalog-validation-plugin.js';
import { messagesPlugin } from './scripts/messages-plugin.js';

// The app's build. Tests use vitest.config.ts (unit) and vitest.e2e.config.ts (browser),
// so build-only plugins such as the PWA plugin stay out of the test runs.

/**
 * The policy a static host should send with every response (the README's deployment notes list
 * the same headers). Everything comes from this origin: no CDN, fonts, analytics or inline
 * script. React's `style={...}` props are set through the CSSOM, which style-src does not govern,
 * so no 'unsafe-inline' is needed. data: images are allowed because Vite inlines small imported
 * images as data: URLs; they cannot run script.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  // The DOM sinks that turn strings into script (innerHTML, script.src, ...) are closed too; the
  // one policy allowed vouches for the service worker's URL (src/features/pwa).
  "require-trusted-types-for 'script'",
  'trusted-types upright-service-worker',
].join('; ');

/** Only features the app uses are allowed (wake lock, fullscreen, sound); the rest are off. */
const permissionsPolicy = [
  'screen-wake-lock=(self)',
  'fullscreen=(self)',
  'autoplay=(self)',
  'camera=()',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'hid=()',
  'midi=()',
  'display-capture=()',
  'accelerometer=()',
  'gyroscope=()',
  'magnetometer=()',
  'browsing-topics=()',
].join(', ');

const hardeningHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': permissionsPolicy,
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

export const securityHeaders = { 'Content-Security-Policy': contentSecurityPolicy, ...hardeningHeaders };

/** Colours from src/styles/global.css: --bg (splash background) and --accent (the icon tile). */
const pwaOptions: Partial<VitePWAOptions> = {
  registerType: 'prompt',
  // src/features/pwa registers the worker itself, after the load event, so workbox-window
  // stays out of the first load.
  injectRegister: false,
  // The glob below already precaches public/ (icons included); listing them again duplicates entries.
  includeManifestIcons: false,
  manifest: {
    id: '/',
    name: 'Upright — back workouts',
    short_name: 'Upright',
    description: 'A guided back-workout timer with spoken posture cues. Works offline; your data stays on your device.',
    lang: 'en',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    background_color: '#ffffff',
    theme_color: '#0b5cad',
    categories: ['health', 'fitness'],
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  },
  workbox: {
    // Every chunk (each lazy route), the styles, the catalog, the icons and the silence played for
    // the headset buttons: a deep link opened offline finds everything it needs.
    globPatterns: ['**/*.{js,css,html,json,svg,png,ico,wav}'],
    navigateFallback: '/index.html',
    cleanupOutdatedCaches: true,
    // The first worker takes over the open page at once, so the very first visit works offline.
    // Later versions still wait for the user's "Reload" (registerType 'prompt').
    clientsClaim: true,
    // One file: the worker runs under the same CSP, whose Trusted Types rule refuses the
    // importScripts() that a separate Workbox runtime file would need.
    inlineWorkboxRuntime: true,
  },
};

export default defineConfig(({ command }) => ({
  plugins: [catalogValidationPlugin(), messagesPlugin(), react(), VitePWA(pwaOptions)],
  // The dev server cannot carry the CSP: React's fast-refresh preamble is an inline script.
  server: { host: 'localhost', port: 5173, strictPort: true, headers: hardeningHeaders },
  preview: { host: '127.0.0.1', strictPort: true, headers: securityHeaders },
  // react-router's package points every bundler at its development build (its export conditions
  // have no "production"); the production build drops dev-only checks: 0.5 kB gzipped off the first load.
  resolve: command === 'build' ? { alias: [{ find: /^react-router$/, replacement: resolvePath(import.meta.dirname, 'node_modules/react-router/dist/production/index.mjs') }] } : {},
  // The manifest lets scripts/check-bundle-budget.mjs see exactly what the first load fetches.
  // Every browser the app supports (ES2022) has <link rel=modulepreload>: no polyfill (0.2 kB).
  build: { target: 'es2022', sourcemap: false, manifest: true, modulePreload: { polyfill: false } },
}));
