// Where the journal lives is pinned (issue 18): the IndexedDB name, the userData folder on
// each OS, and the origin. Renaming any of them would show every user an empty journal.
import { readFileSync } from 'node:fs'
import { posix, win32 } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { pinUserData, USER_DATA_FOLDER, userDataPath } from '../../../electron/userData'
import { APP_ORIGIN } from '../../../shared/ipc'

describe('the userData folder', () => {
  it.each([
    [
      'Windows',
      'C:\\Users\\ana\\AppData\\Roaming',
      win32.join,
      'C:\\Users\\ana\\AppData\\Roaming\\Leadlog',
    ],
    [
      'macOS',
      '/Users/ana/Library/Application Support',
      posix.join,
      '/Users/ana/Library/Application Support/Leadlog',
    ],
    ['Linux', '/home/ana/.config', posix.join, '/home/ana/.config/Leadlog'],
  ])('on %s is %s\\Leadlog', (_os, appData, join, expected) => {
    expect(userDataPath(appData, join)).toBe(expected)
  })

  it('is set by name before anything reads it, not derived from productName', () => {
    const app = { getPath: vi.fn(() => '/home/ana/.config'), setPath: vi.fn() }
    pinUserData(app)
    expect(app.getPath).toHaveBeenCalledWith('appData')
    expect(app.setPath).toHaveBeenCalledWith('userData', posix.join('/home/ana/.config', 'Leadlog'))
  })

  it('matches the productName older builds derived it from', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { productName: string }
    expect(USER_DATA_FOLDER).toBe('Leadlog')
    expect(pkg.productName).toBe(USER_DATA_FOLDER)
  })
})

describe('the origin and the database name', () => {
  it('the renderer is served from app://leadlog', () => {
    expect(APP_ORIGIN).toBe('app://leadlog')
  })

  it('IndexedDB is called leadlog', async () => {
    // Read as text: the data module needs a browser's IndexedDB to load.
    const source = readFileSync('renderer/src/data/db.ts', 'utf8')
    expect(source).toMatch(/^export const DB_NAME = 'leadlog'$/m)
  })
})
