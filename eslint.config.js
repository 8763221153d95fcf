import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

/** Packages the pure core (engine, catalog) must never import: it runs without a UI. */
const uiPackages = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'react-router', 'react-router/*'];

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
      ],
    },
  },
  {
    // The architecture's boundary: the engine and the catalog are plain TypeScript.
    // Time comes in as an argument; the DOM and UI libraries stay out.
    files: ['src/engine/**/*.ts', 'src/catalog/**/*.ts'],
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
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.{ts,mjs}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
