// Lint rules, including the layering: core (pure) ← services (I/O) ← electron shell / renderer.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'url',
];

/** @param {string[]} patterns @param {string} why */
const forbid = (patterns, why) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message: why }] }],
});

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['core/**/*.ts'],
    // Tests may load the real corpus from data/build as their fixture.
    ignores: ['core/**/*.test.ts'],
    rules: forbid(
      [
        'electron',
        'react',
        'react-dom',
        'lowdb',
        'lowdb/*',
        ...nodeBuiltins,
        '**/electron/**',
        '**/renderer/**',
        '**/data/**',
      ],
      'core/ is pure logic: no I/O, no Electron, no React, no upper layers.',
    ),
  },
  {
    files: ['data/build/**/*.ts'],
    ignores: ['data/build/**/*.test.ts', 'data/build/vite-plugin.ts', 'data/build/load-letters.ts'],
    rules: forbid(
      ['electron', 'react', ...nodeBuiltins, '**/electron/**', '**/renderer/**'],
      'The corpus builder is pure: file access lives in load-letters.ts.',
    ),
  },
  {
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts'],
    rules: forbid(
      ['electron', 'react', 'react-dom', '**/renderer/**', '**/main/**', '**/preload/**'],
      'Services and the CLI are plain Node: no Electron, no renderer.',
    ),
  },
  {
    files: ['electron/preload/**/*.ts'],
    ignores: ['electron/preload/**/*.test.ts'],
    rules: forbid(
      [...nodeBuiltins, 'lowdb', 'lowdb/*', '**/main', '**/services', '**/cli', '**/renderer'],
      'The preload holds the API contract alone: it imports electron and core/contract, never the shell or the services.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...forbid(
        ['electron', ...nodeBuiltins, '**/electron/**', 'lowdb', 'lowdb/*'],
        'The renderer never touches Node: it talks through the API contract in core/contract.',
      ),
    },
  },
);
