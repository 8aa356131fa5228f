import { randomBytes } from 'node:crypto'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest'
import type { Channel } from '../../../shared/ipc'

vi.mock('electron', async () => (await import('./fakeElectron')).electronMock)
vi.mock('../../../electron/files', () => ({
  saveFile: vi.fn(async () => ({ saved: true, path: '/x/a.md' })),
  printPdf: vi.fn(async () => ({ saved: true, path: '/x/a.pdf' })),
  openFile: vi.fn(async () => ({ opened: false })),
}))
vi.mock('../../../electron/backups', () => ({
  writeBackup: vi.fn(async () => ({ name: 'b', createdAt: '', entryCount: 0, bytes: 2 })),
  listBackups: vi.fn(async (folder: string) => ({ folder, backups: [] })),
  readBackup: vi.fn(async () => '{}'),
  checkWritableFolder: vi.fn(async () => undefined),
}))

const { electronMock, fakeSafeStorage, ipcHandlers, ipcEvent } = await import('./fakeElectron')
const files = await import('../../../electron/files')
const backups = await import('../../../electron/backups')
const { handle } = await import('../../../electron/ipc')
const { registerHandlers } = await import('../../../electron/handlers')
const { QuitBackup } = await import('../../../electron/quitBackup')
const { SettingsStore } = await import('../../../electron/settingsStore')
const { KeyStore } = await import('../../../electron/keyStore')
const { IPC } = await import('../../../shared/ipc')

const APP_PAGE = 'app://leadlog/index.html'
const KEY = randomBytes(32).toString('base64')
const CHANNELS = Object.values(IPC)

/** For every channel: arguments that pass its schema and arguments that must not. */
const SAMPLES: Record<Channel, { good: unknown[]; bad: unknown[][] }> = {
  [IPC.appInfo]: { good: [], bad: [['extra']] },
  [IPC.saveFile]: {
    good: [
      {
        suggestedName: 'review.md',
        filters: [{ name: 'Markdown', extensions: ['md'] }],
        data: '# Q3',
      },
    ],
    bad: [
      [{ suggestedName: '../../.bashrc', filters: [], data: 'x' }],
      [{ suggestedName: 'a.md', filters: [], data: 42 }],
      [{ suggestedName: 'a.md', filters: [], data: 'x', path: '/etc/passwd' }],
      [],
    ],
  },
  [IPC.printPdf]: {
    good: [{ suggestedName: 'review.pdf', html: '<h1>Q3</h1>' }],
    bad: [[{ suggestedName: 'review.pdf' }], [{ suggestedName: '/tmp/x.pdf', html: '' }]],
  },
  [IPC.openFile]: {
    good: [{ filters: [{ name: 'Leadlog backup', extensions: ['json'] }] }],
    bad: [[{ filters: 'json' }], [{ filters: [{ name: 'x', extensions: ['../x'] }] }]],
  },
  [IPC.openExternal]: { good: ['https://www.pmi.org/'], bad: [[42], ['x'.repeat(3000)], []] },
  [IPC.backupWrite]: {
    good: [{ json: '{"entries":[]}', entryCount: 0, reason: 'manual' }],
    bad: [
      [{ json: '{}', entryCount: -1, reason: 'manual' }],
      [{ json: '{}', entryCount: 1, reason: 'hourly' }],
      [{ json: {}, entryCount: 1, reason: 'daily' }],
    ],
  },
  [IPC.backupList]: { good: [], bad: [[1]] },
  [IPC.backupRead]: {
    good: ['leadlog-backup-2026-01-15-093000.json'],
    bad: [['../desktop-settings.json'], ['/etc/passwd'], ['..'], [7]],
  },
  [IPC.backupChooseFolder]: { good: [], bad: [['/tmp']] },
  [IPC.backupQuitDeclined]: { good: [], bad: [['now']] },
  [IPC.keyAvailability]: { good: [], bad: [['linux']] },
  [IPC.keyRemember]: {
    good: [KEY],
    bad: [
      [],
      [randomBytes(31).toString('base64')],
      [randomBytes(33).toString('base64')],
      [KEY.replace(/=$/, '')],
      [`${KEY.slice(0, 42)}-=`],
      [Array.from(randomBytes(32))],
      [KEY, 'extra'],
    ],
  },
  [IPC.keyRecall]: { good: [], bad: [['vault-key.bin']] },
  [IPC.keyForget]: { good: [], bad: [['/etc/passwd']] },
  [IPC.captureGetSettings]: { good: [], bad: [['all']] },
  [IPC.captureSetSettings]: {
    good: [{ captureShortcut: 'CommandOrControl+Alt+J', captureEnabled: true, keepInTray: false }],
    bad: [
      [],
      [{}, 'extra'],
      [{ captureShortcut: 'Ctrl+Shift+L; rm -rf /' }],
      [{ captureShortcut: 'Shift+L' }],
      [{ captureShortcut: 'L' }],
      [{ captureShortcut: 'ctrl+shift+l' }],
      [{ captureShortcut: 'Ctrl+Ctrl+L' }],
      [{ captureShortcut: 'CommandOrControl+Control+L' }],
      [{ captureShortcut: 'Ctrl+Shift+' }],
      [{ captureShortcut: 'Ctrl+MediaPlayPause' }],
      [{ captureShortcut: 'Ctrl+'.repeat(30) + 'L' }],
      [{ captureEnabled: 'yes' }],
      [{ keepInTray: 1 }],
      [{ window: { x: 0 } }],
      [{ backupFolder: '/tmp' }],
      ['CommandOrControl+Shift+L'],
    ],
  },
  [IPC.captureClose]: { good: [], bad: [['now']] },
}

beforeEach(() => {
  vi.clearAllMocks()
  ipcHandlers.clear()
})

describe('handle()', () => {
  it.each(CHANNELS)(
    '%s: refuses a sender outside the app origin before the handler runs',
    async (channel) => {
      const fn = vi.fn()
      handle(channel, fn)
      const listener = ipcHandlers.get(channel)!
      for (const url of [
        'https://evil.example/',
        'file:///tmp/x.html',
        'app://other/index.html',
        'http://localhost:5173/',
      ]) {
        await expect(async () => listener(ipcEvent(url), ...SAMPLES[channel].good)).rejects.toThrow(
          /did not come from Leadlog's page/,
        )
      }
      await expect(async () => listener(ipcEvent(null), ...SAMPLES[channel].good)).rejects.toThrow(
        /refused/,
      )
      expect(fn).not.toHaveBeenCalled()
    },
  )

  it.each(CHANNELS)('%s: refuses bad arguments before the handler runs', async (channel) => {
    const fn = vi.fn()
    handle(channel, fn)
    const listener = ipcHandlers.get(channel)!
    for (const bad of SAMPLES[channel].bad) {
      await expect(async () => listener(ipcEvent(APP_PAGE), ...bad)).rejects.toThrow(
        new RegExp(`^${channel} refused: invalid arguments`),
      )
    }
    expect(fn).not.toHaveBeenCalled()
  })

  it.each(CHANNELS)('%s: passes parsed good arguments from the app page', async (channel) => {
    const fn = vi.fn(() => 'answer')
    handle(channel, fn as never)
    const event = ipcEvent(APP_PAGE)
    await expect(ipcHandlers.get(channel)!(event, ...SAMPLES[channel].good)).resolves.toBe('answer')
    expect(fn).toHaveBeenCalledWith(event, ...SAMPLES[channel].good)
  })

  it('accepts the dev server only when it is the dev origin', async () => {
    const fn = vi.fn(() => 'ok')
    handle(IPC.appInfo, fn as never, { devOrigin: 'http://localhost:5173' })
    await expect(ipcHandlers.get(IPC.appInfo)!(ipcEvent('http://localhost:5173/'))).resolves.toBe(
      'ok',
    )
    await expect(async () =>
      ipcHandlers.get(IPC.appInfo)!(ipcEvent('http://localhost:5174/')),
    ).rejects.toThrow(/refused/)
  })

  it('says which argument was wrong and why', async () => {
    handle(IPC.backupWrite, vi.fn() as never)
    await expect(async () =>
      ipcHandlers.get(IPC.backupWrite)!(ipcEvent(APP_PAGE), {
        json: '{}',
        entryCount: 1,
        reason: 'hourly',
      }),
    ).rejects.toThrow(/argument 0\.reason: /)
  })
})

describe('registered handlers', () => {
  const CAPTURE_STATE = {
    captureShortcut: 'CommandOrControl+Shift+L',
    captureEnabled: true,
    keepInTray: false,
    shortcutRegistered: true,
  }

  async function register() {
    const folder = await mkdtemp(join(tmpdir(), 'leadlog-ipc-'))
    const settings = new SettingsStore(folder)
    const quitBackup = new QuitBackup()
    const cipher = fakeSafeStorage()
    const keyStore = new KeyStore({ folder, cipher, platform: 'linux' })
    for (const method of ['availability', 'remember', 'recall', 'forget'] as const) {
      vi.spyOn(keyStore, method)
    }
    const captureWindow = ipcEvent(APP_PAGE).sender
    const capture = {
      state: vi.fn(async () => CAPTURE_STATE),
      update: vi.fn(async (patch: object) => ({ ...CAPTURE_STATE, ...patch })),
      closeWindow: vi.fn(),
      isCaptureWindow: vi.fn((contents: unknown) => contents === captureWindow),
    }
    registerHandlers({
      settings,
      quitBackup,
      keyStore,
      capture,
      now: () => new Date(2026, 0, 15, 9, 30),
    })
    keyStores.push(keyStore)
    captures.push(capture)
    return { settings, quitBackup, keyStore, cipher, capture, captureWindow }
  }
  const keyStores: InstanceType<typeof KeyStore>[] = []
  const captures: { state: Mock; update: Mock; closeWindow: Mock }[] = []

  /** Every piece of work a handler could do: none may run for a refused call. */
  const work = () => [
    files.saveFile,
    files.printPdf,
    files.openFile,
    backups.writeBackup,
    backups.listBackups,
    backups.readBackup,
    backups.checkWritableFolder,
    electronMock.shell.openExternal,
    electronMock.dialog.showOpenDialog,
    electronMock.app.getPath,
    ...keyStores.flatMap((store) => [
      store.availability,
      store.remember,
      store.recall,
      store.forget,
    ]),
    ...captures.flatMap((capture) => [capture.state, capture.update, capture.closeWindow]),
  ]

  it('cover every channel, each exactly once', async () => {
    await register()
    expect([...ipcHandlers.keys()].sort()).toEqual([...CHANNELS].sort())
    expect(electronMock.ipcMain.handle).toHaveBeenCalledTimes(CHANNELS.length)
  })

  it.each(CHANNELS)('%s: a wrong sender or bad arguments do nothing at all', async (channel) => {
    await register()
    const listener = ipcHandlers.get(channel)!
    await expect(async () =>
      listener(ipcEvent('https://evil.example/'), ...SAMPLES[channel].good),
    ).rejects.toThrow(/refused/)
    for (const bad of SAMPLES[channel].bad) {
      await expect(async () => listener(ipcEvent(APP_PAGE), ...bad)).rejects.toThrow(/refused/)
    }
    for (const fn of work()) expect(fn).not.toHaveBeenCalled()
  })

  it('route good calls to their implementation', async () => {
    const { settings } = await register()
    const call = (channel: Channel) =>
      ipcHandlers.get(channel)!(ipcEvent(APP_PAGE), ...SAMPLES[channel].good)

    await expect(call(IPC.appInfo)).resolves.toEqual({
      name: 'Leadlog',
      version: '0.1.0',
      platform: process.platform,
      userDataPath: '/fake/userData',
    })
    await call(IPC.saveFile)
    expect(files.saveFile).toHaveBeenCalledWith(null, settings, SAMPLES[IPC.saveFile].good[0])
    await call(IPC.printPdf)
    expect(files.printPdf).toHaveBeenCalledWith(null, settings, SAMPLES[IPC.printPdf].good[0])
    await call(IPC.openFile)
    expect(files.openFile).toHaveBeenCalledWith(null, settings, SAMPLES[IPC.openFile].good[0])
    await expect(call(IPC.openExternal)).resolves.toBe(true)
    expect(electronMock.shell.openExternal).toHaveBeenCalledWith('https://www.pmi.org/')
    await call(IPC.backupWrite)
    expect(backups.writeBackup).toHaveBeenCalledWith(
      '/fake/userData/backups',
      SAMPLES[IPC.backupWrite].good[0],
      new Date(2026, 0, 15, 9, 30),
    )
    await call(IPC.backupList)
    expect(backups.listBackups).toHaveBeenCalledWith('/fake/userData/backups')
    await call(IPC.backupRead)
    expect(backups.readBackup).toHaveBeenCalledWith(
      '/fake/userData/backups',
      'leadlog-backup-2026-01-15-093000.json',
    )
  })

  it('backup:choose-folder stores a chosen, writable folder and lists it; cancel changes nothing', async () => {
    const { settings } = await register()
    const choose = () => ipcHandlers.get(IPC.backupChooseFolder)!(ipcEvent(APP_PAGE))
    electronMock.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] })
    await expect(choose()).resolves.toBeNull()
    expect((await settings.read()).backupFolder).toBeUndefined()

    electronMock.dialog.showOpenDialog.mockResolvedValueOnce({
      canceled: false,
      filePaths: ['/media/usb/backups'],
    })
    await expect(choose()).resolves.toEqual({ folder: '/media/usb/backups', backups: [] })
    expect(backups.checkWritableFolder).toHaveBeenCalledWith('/media/usb/backups')
    expect((await settings.read()).backupFolder).toBe('/media/usb/backups')
    await ipcHandlers.get(IPC.backupList)!(ipcEvent(APP_PAGE))
    expect(backups.listBackups).toHaveBeenLastCalledWith('/media/usb/backups')
  })

  it('route the key channels to the key store, and refuse to remember without a keyring', async () => {
    const { keyStore, cipher } = await register()
    const call = (channel: Channel, ...args: unknown[]) =>
      ipcHandlers.get(channel)!(ipcEvent(APP_PAGE), ...args)

    await expect(call(IPC.keyAvailability)).resolves.toEqual({ available: true })
    await expect(call(IPC.keyRecall)).resolves.toBeNull()
    await expect(call(IPC.keyRemember, KEY)).resolves.toBeUndefined()
    expect(keyStore.remember).toHaveBeenCalledWith(KEY)
    await expect(call(IPC.keyRecall)).resolves.toBe(KEY)
    await expect(call(IPC.keyForget)).resolves.toBeUndefined()
    await expect(call(IPC.keyRecall)).resolves.toBeNull()

    cipher.state.backend = 'basic_text'
    await expect(call(IPC.keyAvailability)).resolves.toMatchObject({
      available: false,
      reason: expect.stringMatching(/plain text/),
    })
    await expect(call(IPC.keyRemember, KEY)).rejects.toThrow(/plain text/)
    await expect(call(IPC.keyRecall)).resolves.toBeNull()
  })

  it("a 'quit' backup releases the waiting quit, even when the write fails", async () => {
    const { quitBackup } = await register()
    const written = vi.spyOn(quitBackup, 'written')
    const started = vi.spyOn(quitBackup, 'started')
    vi.mocked(backups.writeBackup).mockRejectedValueOnce(new Error('disk full'))
    await expect(
      ipcHandlers.get(IPC.backupWrite)!(ipcEvent(APP_PAGE), {
        json: '{}',
        entryCount: 0,
        reason: 'quit',
      }),
    ).rejects.toThrow('disk full')
    expect(started).toHaveBeenCalledTimes(1)
    expect(written).toHaveBeenCalledTimes(1)
    await ipcHandlers.get(IPC.backupWrite)!(ipcEvent(APP_PAGE), {
      json: '{}',
      entryCount: 0,
      reason: 'daily',
    })
    expect(written).toHaveBeenCalledTimes(1)
    expect(started).toHaveBeenCalledTimes(1)
  })

  it('a locked journal declines the quit backup: the waiting quit is released at once', async () => {
    const { quitBackup } = await register()
    const written = vi.spyOn(quitBackup, 'written')
    await ipcHandlers.get(IPC.backupQuitDeclined)!(ipcEvent(APP_PAGE))
    expect(written).toHaveBeenCalledTimes(1)
  })

  it('route the quick-capture settings to the capture service', async () => {
    const { capture } = await register()
    const call = (channel: Channel, ...args: unknown[]) =>
      ipcHandlers.get(channel)!(ipcEvent(APP_PAGE), ...args)
    await expect(call(IPC.captureGetSettings)).resolves.toEqual(CAPTURE_STATE)
    await expect(call(IPC.captureSetSettings, { keepInTray: true })).resolves.toEqual({
      ...CAPTURE_STATE,
      keepInTray: true,
    })
    expect(capture.update).toHaveBeenCalledWith({ keepInTray: true })
  })

  it('capture:close closes the quick-capture window, asked by that window only', async () => {
    const { capture, captureWindow } = await register()
    const close = ipcHandlers.get(IPC.captureClose)!
    // The main window: the app's page, but not the quick-capture window.
    await expect(async () => close(ipcEvent(APP_PAGE))).rejects.toThrow(
      /^capture:close refused: this window may not ask for it/,
    )
    expect(capture.closeWindow).not.toHaveBeenCalled()
    // A page outside the app is refused for its origin first, even from that window.
    await expect(async () =>
      close({ senderFrame: { url: 'https://evil.example/' }, sender: captureWindow }),
    ).rejects.toThrow(/did not come from Leadlog's page/)
    expect(capture.closeWindow).not.toHaveBeenCalled()
    await close({ senderFrame: { url: 'app://leadlog/index.html#capture' }, sender: captureWindow })
    expect(capture.closeWindow).toHaveBeenCalledTimes(1)
  })
})
