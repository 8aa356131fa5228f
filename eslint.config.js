import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

// Folder walls (see docs/ARCHITECTURE.md), each a no-restricted-imports group below:
// shared/ is pure and its domains meet only through their doors; renderer/ never reaches
// into electron/; only renderer/src/data talks to Dexie; features meet each other, and
// the app, only through features/<name>/index.ts; components/ are presentational; and
// only the platform seam touches window.leadlog. tests/unit/lint/boundaries.test.ts shows
// each wall able to fail.
//
// ESLint lets the last matching block set a rule, so each block below lists every wall
// of its folder, assembled from these pieces by `restrict`.

const sharedPure = {
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

const rendererPlatform = {
  patterns: [
    {
      group: ['**/electron/**', 'electron', 'electron/*'],
      message: 'The renderer never imports from electron/.',
    },
    { group: ['node:*'], message: 'The renderer runs in a browser: no Node built-ins.' },
  ],
}

const noDexie = {
  patterns: [
    {
      group: ['dexie', 'dexie/*', 'dexie-*'],
      message: 'Only renderer/src/data/ talks to Dexie: use its repositories and live-query hooks.',
    },
  ],
}

const SHARED_DOOR_MESSAGE =
  'Import shared/ through its domain door (shared/<domain>), not a file inside it.'

/** Outside shared/: a domain's door, never a file behind it. */
const sharedDoors = {
  patterns: [{ regex: '(^|/)shared/[^/]+/', message: SHARED_DOOR_MESSAGE }],
}

/** The preload may also read the zod-free channel table, so it does not bundle zod. */
const sharedDoorsAndChannels = {
  patterns: [{ regex: '(^|/)shared/(?!ipc/channels$)[^/]+/', message: SHARED_DOOR_MESSAGE }],
}

/** A relative path that climbs `depth` folders, then names a folder and goes inside it. */
function intoFolderAbove(depth) {
  return depth === 0 ? '^\\./[^./][^/]*/' : `^(\\.\\./){${depth}}[^./][^/]*/`
}

/** For a file `depth` folders below shared/: other domains only through their doors. */
function otherDomainDoors(depth) {
  return {
    patterns: [
      {
        regex: intoFolderAbove(depth),
        message: 'One shared/ domain imports another only through its door (../bullets).',
      },
    ],
  }
}

const featureDoors = {
  patterns: [
    {
      regex: '(^|/)features/[^/]+/',
      message: 'Import a feature through its door, features/<name>/index.ts.',
    },
  ],
}

/** For a file `depth` folders below features/: other features only through their doors. */
function siblingFeatureDoors(depth) {
  return {
    patterns: [
      {
        regex: intoFolderAbove(depth),
        message: 'Import another feature through its door (../<name>), not a file inside it.',
      },
    ],
  }
}

/** Features may use the app-wide UI state, never the shell that renders them. */
const appStateOnly = {
  patterns: [
    {
      regex: '(^|/)app/(?!navigation$|[^/]*Slice$)',
      caseSensitive: true,
      message: 'A feature imports from app/ only its UI state (navigation, *Slice).',
    },
  ],
}

const presentational = {
  patterns: [
    {
      regex: '(^|/)(data|app|features)(/|$)',
      message: 'components/ are presentational: no data, no app state, no features.',
    },
    { group: ['zustand', 'zustand/*'], message: 'components/ hold no store: take props.' },
  ],
}

/** data/ and platform/ sit under everything else in the renderer: no arrow runs back up. */
const lowerLayer = {
  patterns: [
    {
      regex: '(^|/)(app|features|components)(/|$)',
      message: 'data/ and platform/ import nothing from app/, features/ or components/.',
    },
  ],
}

const electronWalls = {
  patterns: [
    { group: ['**/renderer/**'], message: 'The main process knows no React and no Dexie.' },
    {
      group: ['dexie', 'dexie/*', 'dexie-*', 'react', 'react/*', 'react-dom', 'react-dom/*'],
      message: 'The main process knows no React and no Dexie.',
    },
  ],
}

function restrict(...walls) {
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: walls.flatMap((wall) => wall.patterns ?? []),
        paths: walls.flatMap((wall) => wall.paths ?? []),
      },
    ],
  }
}

/** The files `depth` folders below `root`; 0 is the files directly in it. */
function filesAtDepth(root, depth, ext) {
  return [`${root}/${'*/'.repeat(depth)}*.${ext}`]
}

const DEPTHS = [0, 1, 2, 3, 4]

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
      ...restrict(sharedPure),
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
  // A file in shared/<domain>/ climbs one folder to reach another domain, one in
  // shared/<domain>/<part>/ climbs two, and so on.
  ...DEPTHS.map((depth) => ({
    files: filesAtDepth('shared', depth, 'ts'),
    rules: restrict(sharedPure, otherDomainDoors(depth)),
  })),
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(rendererPlatform, noDexie, sharedDoors, featureDoors),
    },
  },
  {
    files: ['renderer/src/data/**/*.{ts,tsx}'],
    rules: restrict(rendererPlatform, sharedDoors, lowerLayer),
  },
  {
    files: ['renderer/src/platform/**/*.{ts,tsx}'],
    rules: restrict(rendererPlatform, noDexie, sharedDoors, lowerLayer),
  },
  {
    files: ['renderer/src/components/**/*.{ts,tsx}'],
    rules: restrict(rendererPlatform, noDexie, sharedDoors, presentational),
  },
  // A file in features/<name>/ climbs one folder to reach a sibling feature, one in
  // features/<name>/<part>/ climbs two, and so on.
  ...DEPTHS.map((depth) => ({
    files: filesAtDepth('renderer/src/features', depth, '{ts,tsx}'),
    rules: restrict(
      rendererPlatform,
      noDexie,
      sharedDoors,
      featureDoors,
      siblingFeatureDoors(depth),
      appStateOnly,
    ),
  })),
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
    files: ['scripts/**/*.{ts,js,mjs}', '*.config.{ts,js}'],
    rules: restrict(sharedDoors),
  },
  {
    files: ['electron/**/*.ts'],
    rules: restrict(electronWalls, sharedDoors),
  },
  {
    files: ['electron/preload.ts'],
    rules: restrict(electronWalls, sharedDoorsAndChannels),
  },
)
