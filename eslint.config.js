import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

// Folder boundaries (see ARCHITECTURE.md): shared/ is pure, renderer/ never reaches
// into electron/, and only the platform seam touches window.leadlog.
const sharedForbidden = {
  patterns: [
    { group: ['node:*'], message: 'shared/ is pure: no Node built-ins.' },
    { group: ['electron', 'electron/*'], message: 'shared/ is pure: no Electron.' },
    {
      group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
      message: 'shared/ is pure: no React.',
    },
    { group: ['dexie', 'dexie-*'], message: 'shared/ is pure: no Dexie.' },
    {
      group: ['**/renderer/**', '**/electron/**'],
      message: 'shared/ imports nothing from the app folders.',
    },
  ],
  paths: ['fs', 'path', 'os', 'crypto', 'child_process'].map((name) => ({
    name,
    message: 'shared/ is pure: no Node built-ins.',
  })),
}

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'out',
      'dist',
      'dist-web',
      'release',
      'test-results',
      'playwright-report',
      'tests/bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', sharedForbidden],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'indexedDB',
        'process',
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', 'electron', 'electron/*'],
              message: 'The renderer never imports from electron/.',
            },
            { group: ['node:*'], message: 'The renderer runs in a browser: no Node built-ins.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/platform/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'leadlog', message: 'Use renderer/src/platform/.' },
      ],
    },
  },
  {
    files: [
      'electron/**/*.ts',
      'scripts/**/*.{ts,js,mjs}',
      '*.config.{ts,js}',
      'tests/**/*.{ts,tsx}',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**'], message: 'The main process knows no React and no Dexie.' },
            { group: ['dexie', 'react'], message: 'The main process knows no React and no Dexie.' },
          ],
        },
      ],
    },
  },
)
