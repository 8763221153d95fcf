import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));

/** Packages the pure core (engine, catalog) must never import: it runs without a UI. */
const uiPackages = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'react-router', 'react-router/*'];

/** One folder per feature under src/features; read from disk so a new feature is covered at once. */
const features = readdirSync(resolve(root, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** The `import-x/no-restricted-paths` zones that hold the layer order (see the README's design section). */
function layerZones() {
  const layer = (name) => `./src/${name}`;
  const zone = (target, from, why) => ({ target: layer(target), from: from.map(layer), message: why });
  return [
    ...['engine', 'catalog', 'figure'].map((core) => zone(core, ['shared', 'platform', 'stores', 'features', 'app'], 'The pure core (src/engine, src/catalog, src/figure) imports only itself.')),
    zone('shared', ['platform', 'stores', 'features', 'app'], 'src/shared sits below platform, stores, features and the app: pass in what it needs, or move the code up a layer.'),
    zone('platform', ['stores', 'features', 'app'], 'src/platform runs browser effects; it knows nothing of stores, screens or the app.'),
    zone('stores', ['features', 'app'], 'src/stores sit below the screens: a store never imports a feature or the app.'),
    ...features.map((feature) => ({
      target: layer(`features/${feature}`),
      from: layer('features'),
      except: [`./${feature}`],
      message: `A feature never imports another feature: move what src/features/${feature} needs from it down to src/shared (or a store).`,
    })),
  ];
}

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'test-results', 'node_modules', 'dev-dist'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML: content may be untrusted.' },
        // Words are data (src/locales, through useT()): a new screen cannot forget German.
        { selector: 'JSXText[value=/[A-Za-zÄÖÜäöüß]/]', message: 'Words are data: put this text in src/locales/<language>/*.json and show it with t().' },
        {
          selector: 'JSXExpressionContainer > Literal[value=/[A-Za-zÄÖÜäöüß]{2}/]',
          message: 'Words are data: put this text in src/locales/<language>/*.json and show it with t().',
        },
        {
          selector: 'JSXAttribute[name.name=/^(aria-label|aria-description|aria-placeholder|aria-roledescription|title|alt|placeholder|label)$/] > Literal[value=/[A-Za-zÄÖÜäöüß]/]',
          message: 'Words are data: an accessible name or a placeholder is text the user hears; use t().',
        },
      ],
    },
  },
  {
    // The architecture's boundary: the engine and the catalog are plain TypeScript.
    // Time comes in as an argument; the DOM and UI libraries stay out.
    files: ['src/engine/**/*.ts', 'src/catalog/**/*.ts', 'src/figure/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: uiPackages.filter((name) => !name.includes('*')).map((name) => ({
            name,
            message: 'src/engine and src/catalog are pure TypeScript: no UI, store or router imports.',
          })),
          patterns: [
            { group: uiPackages.filter((name) => name.includes('*')), message: 'src/engine and src/catalog are pure TypeScript.' },
            { group: ['**/features/**', '**/stores/**', '**/platform/**', '**/app/**'], message: 'The core may not import the layers above it.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'setTimeout', 'setInterval', 'requestAnimationFrame', 'performance'].map(
          (name) => ({ name, message: `The engine never touches ${name}: time and platform come in as arguments.` }),
        ),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'The engine never reads the clock: take `nowMs` as an argument.' },
      ],
    },
  },
  {
    // The layers, lowest first: engine and catalog → shared → platform → stores → features → app.
    // A file imports only from its own layer or the layers below it, and a feature never imports
    // another feature: what two features need moves down to shared (or to a store).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Resolves extension-less relative imports ('./session' → session.ts) the way Vite does.
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
      // Without these the plugin reads only .js files, and no-cycle silently follows no TypeScript import.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: layerZones() }],
      // Type-only imports are ignored by the rule: they vanish at build time and cannot cycle at run time.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.{ts,mjs}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
