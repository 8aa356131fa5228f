// The folder walls in eslint.config.js, each shown able to fail: a small import at a
// realistic path is linted with the project's own config, and the wall must fire on
// the forbidden form and stay quiet on the allowed one.
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../../', import.meta.url))
let eslint: ESLint

beforeAll(() => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: 'eslint.config.js' })
})

/** The no-restricted-imports messages for `code` as if it were the file at `filePath`. */
async function walls(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message)
}

const importFrom = (source: string) => `import { x } from '${source}'\nexport const y = x\n`

async function expectBlocked(filePath: string, source: string, reason: RegExp): Promise<void> {
  const messages = await walls(filePath, importFrom(source))
  expect(messages, `${source} from ${filePath}`).toHaveLength(1)
  expect(messages[0]).toMatch(reason)
}

async function expectAllowed(filePath: string, source: string): Promise<void> {
  expect(await walls(filePath, importFrom(source)), `${source} from ${filePath}`).toEqual([])
}

describe('only renderer/src/data talks to Dexie', () => {
  const dexie = /Only renderer\/src\/data\/ talks to Dexie/

  it('refuses dexie and its hooks everywhere else in the renderer', async () => {
    await expectBlocked('renderer/src/features/journal/useProbe.ts', 'dexie-react-hooks', dexie)
    await expectBlocked('renderer/src/features/review/probe.ts', 'dexie', dexie)
    await expectBlocked('renderer/src/app/Probe.tsx', 'dexie', dexie)
    await expectBlocked('renderer/src/components/Probe.tsx', 'dexie-react-hooks', dexie)
    await expectBlocked('renderer/src/platform/probe.ts', 'dexie', dexie)
    await expectBlocked('renderer/src/main.tsx', 'dexie', dexie)
  })

  it('lets data/ use it, and the others its hooks', async () => {
    await expectAllowed('renderer/src/data/useProbe.ts', 'dexie-react-hooks')
    await expectAllowed('renderer/src/data/probe.ts', 'dexie')
    await expectAllowed('renderer/src/features/journal/useProbe.ts', '../../data/useEntries')
  })

  it('keeps Dexie out of shared/ and the main process too', async () => {
    await expectBlocked('shared/entry/probe.ts', 'dexie', /shared\/ is pure: no Dexie/)
    await expectBlocked('electron/probe.ts', 'dexie-react-hooks', /knows no React and no Dexie/)
  })
})

describe('features meet only through their doors', () => {
  const door = /through its door/

  it('refuses a file inside another feature', async () => {
    await expectBlocked(
      'renderer/src/features/settings/Probe.tsx',
      '../readiness/RoleSettings',
      door,
    )
    await expectBlocked('renderer/src/features/settings/Probe.tsx', '../backup/index', door)
    // Climbing to renderer/src and back down is the same reach.
    await expectBlocked(
      'renderer/src/features/settings/Probe.tsx',
      '../../features/review/FiscalYearSettings',
      door,
    )
    // A file in a feature's own subfolder climbs one more level to a sibling.
    await expectBlocked(
      'renderer/src/features/journal/search/probe.ts',
      '../../bullets/period',
      door,
    )
  })

  it('lets a feature use another door and its own files', async () => {
    await expectAllowed('renderer/src/features/settings/Probe.tsx', '../readiness')
    await expectAllowed('renderer/src/features/settings/Probe.tsx', './SettingsView')
    await expectAllowed('renderer/src/features/journal/Probe.tsx', '../../data/entries')
    await expectAllowed('renderer/src/features/journal/search/probe.ts', '../useSearch')
    await expectAllowed('renderer/src/features/journal/search/probe.ts', '../../bullets')
    await expectAllowed('renderer/src/features/journal/search/probe.ts', '../../../data/db')
  })

  it('refuses a file inside a feature from outside features/', async () => {
    await expectBlocked('renderer/src/app/App.tsx', '../features/journal/JournalView', door)
    await expectBlocked('renderer/src/main.tsx', './features/journal/useNewEntryShortcut', door)
  })

  it('lets the app use the doors', async () => {
    await expectAllowed('renderer/src/app/App.tsx', '../features/journal')
    await expectAllowed('renderer/src/main.tsx', './app/App')
  })

  it('lets features read app-wide UI state but not the shell', async () => {
    const shell = /only its UI state/
    await expectBlocked('renderer/src/features/journal/Probe.tsx', '../../app/App', shell)
    await expectBlocked('renderer/src/features/journal/Probe.tsx', '../../app/DatabaseGate', shell)
    await expectAllowed('renderer/src/features/journal/Probe.tsx', '../../app/navigation')
    await expectAllowed('renderer/src/features/journal/Probe.tsx', '../../app/toastSlice')
  })
})

describe('components are presentational', () => {
  const file = 'renderer/src/components/Probe.tsx'
  const pure = /components\/ are presentational/

  it('refuses data, app state, features and stores', async () => {
    await expectBlocked(file, '../data/settings', pure)
    await expectBlocked(file, '../app/navigation', pure)
    await expectBlocked(file, '../features/journal', pure)
    await expectBlocked(file, 'zustand', /hold no store/)
  })

  it('lets them use each other and shared/', async () => {
    await expectAllowed(file, './KindIcon')
    await expectAllowed(file, '../../../shared/entry')
    await expectAllowed(file, 'react-markdown')
  })
})

describe('no arrow runs back up into data/ and platform/', () => {
  const low = /import nothing from app\/, features\/ or components\//

  it('refuses features, app and components', async () => {
    await expectBlocked('renderer/src/data/probe.ts', '../features/journal', low)
    await expectBlocked('renderer/src/data/probe.ts', '../app/toastSlice', low)
    await expectBlocked('renderer/src/platform/probe.ts', '../components/Toast', low)
  })
})

describe('shared/ is reached through its domain doors', () => {
  const door = /through its domain door/

  it('refuses a file inside a domain from the renderer, the main process and scripts', async () => {
    await expectBlocked(
      'renderer/src/features/journal/probe.ts',
      '../../../../shared/entry/entry',
      door,
    )
    await expectBlocked('renderer/src/data/probe.ts', '../../../shared/backup/merge', door)
    await expectBlocked('renderer/src/app/Probe.tsx', '../../../shared/time/dates', door)
    await expectBlocked('electron/handlers.ts', '../shared/ipc/ipc', door)
    await expectBlocked('electron/handlers.ts', '../shared/ipc/channels', door)
    await expectBlocked('scripts/probe.ts', '../shared/backup/limits', door)
  })

  it('lets everyone use the doors', async () => {
    await expectAllowed('renderer/src/features/journal/probe.ts', '../../../../shared/entry')
    await expectAllowed('electron/handlers.ts', '../shared/ipc')
    await expectAllowed('scripts/probe.ts', '../shared/backup')
  })

  it('lets the preload read the zod-free channel table, and nothing else behind a door', async () => {
    await expectAllowed('electron/preload.ts', '../shared/ipc/channels')
    await expectBlocked('electron/preload.ts', '../shared/ipc/ipc', door)
  })

  it('lets tests reach inside', async () => {
    await expectAllowed('tests/unit/shared/entry/probe.test.ts', '../../../../shared/entry/entry')
  })
})

describe('inside shared/, domains meet through their doors', () => {
  const door = /only through its door/

  it('refuses a file inside another domain', async () => {
    await expectBlocked('shared/review/probe.ts', '../bullets/text', door)
    await expectBlocked('shared/review/sections/probe.ts', '../../entry/entry', door)
  })

  it('lets a domain use another door and its own files', async () => {
    await expectAllowed('shared/review/probe.ts', '../bullets')
    await expectAllowed('shared/review/probe.ts', './text')
    await expectAllowed('shared/review/sections/probe.ts', '../../entry')
    await expectAllowed('shared/review/sections/probe.ts', '../text')
  })
})

describe('the walls that were there before', () => {
  it('keeps shared/ pure and the renderer out of electron/ and Node', async () => {
    await expectBlocked('shared/entry/probe.ts', 'react', /shared\/ is pure: no React/)
    await expectBlocked('shared/entry/probe.ts', 'fs', /no Node built-ins/)
    await expectBlocked('shared/entry/probe.ts', '../../renderer/src/data/db', /app folders/)
    await expectBlocked('renderer/src/features/journal/probe.ts', 'electron', /never imports/)
    await expectBlocked('renderer/src/data/probe.ts', 'node:fs', /no Node built-ins/)
    await expectBlocked('electron/probe.ts', '../renderer/src/data/db', /knows no React/)
  })

  it('keeps window.leadlog behind the platform seam', async () => {
    const [result] = await eslint.lintText('export const api = window.leadlog\n', {
      filePath: 'renderer/src/features/backup/probe.ts',
    })
    expect(result!.messages.map((m) => m.ruleId)).toContain('no-restricted-properties')
  })
})
