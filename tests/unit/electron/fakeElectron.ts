// A stand-in for the `electron` module: enough of its surface for the main-process code
// to run under Vitest, recording what that code asked Electron to do.
import { EventEmitter } from 'node:events'
import { vi } from 'vitest'

type Listener = (...args: unknown[]) => unknown

export class FakeWebContents extends EventEmitter {
  url = ''
  destroyed = false
  crashed = false
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined
  readonly send = vi.fn()
  readonly reload = vi.fn()
  readonly printToPDF = vi.fn(async () => Buffer.from('%PDF-1.7 fake'))
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler
  }
  getURL() {
    return this.url
  }
  isDestroyed() {
    return this.destroyed
  }
  isCrashed() {
    return this.crashed
  }
  /** Emits an event the way Electron does, returning whether a listener prevented it. */
  fire(name: string, url: string): boolean {
    let prevented = false
    this.emit(name, { url, preventDefault: () => (prevented = true) })
    return prevented
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = []
  readonly webContents = new FakeWebContents()
  destroyed = false
  maximized = false
  bounds = { x: 10, y: 20, width: 1000, height: 700 }
  /** What the page got when it loaded, if its session serves the URL's scheme itself. */
  loaded: { status: number; headers: Headers; body: string } | undefined
  readonly loadURL = vi.fn(async (url: string) => {
    this.webContents.url = url
    const prefs = this.options['webPreferences'] as
      { session?: { protocol?: { handle: { mock: { calls: unknown[][] } } } } } | undefined
    const handler = prefs?.session?.protocol?.handle.mock.calls[0]?.[1] as
      ((request: Request) => Response | Promise<Response>) | undefined
    if (handler) {
      const response = await handler(new Request(url))
      this.loaded = {
        status: response.status,
        headers: response.headers,
        body: await response.text(),
      }
    }
  })
  visible = false
  minimized = false
  readonly show = vi.fn(() => {
    this.visible = true
  })
  readonly hide = vi.fn(() => {
    this.visible = false
  })
  readonly focus = vi.fn()
  readonly restore = vi.fn(() => {
    this.minimized = false
  })
  constructor(readonly options: Record<string, unknown>) {
    super()
    FakeBrowserWindow.instances.push(this)
  }
  static fromWebContents = vi.fn(() => null)
  isDestroyed() {
    return this.destroyed
  }
  destroy() {
    this.destroyed = true
  }
  close() {
    let prevented = false
    this.emit('close', { preventDefault: () => (prevented = true) })
    if (!prevented) {
      this.destroyed = true
      this.emit('closed')
    }
  }
  maximize() {
    this.maximized = true
  }
  isMaximized() {
    return this.maximized
  }
  isMinimized() {
    return this.minimized
  }
  isVisible() {
    return this.visible
  }
  getNormalBounds() {
    return this.bounds
  }
}

export function fakeSession() {
  return {
    permissionRequestHandler: undefined as Listener | undefined,
    permissionCheckHandler: undefined as Listener | undefined,
    beforeRequest: undefined as Listener | undefined,
    setPermissionRequestHandler(handler: Listener) {
      this.permissionRequestHandler = handler
    },
    setPermissionCheckHandler(handler: Listener) {
      this.permissionCheckHandler = handler
    },
    setDevicePermissionHandler: vi.fn(),
    setSpellCheckerEnabled: vi.fn(),
    webRequest: {
      onBeforeRequest: vi.fn(),
    },
    protocol: { handle: vi.fn() },
  }
}

/**
 * Electron's safeStorage with a keychain of its own: "encrypts" by prefixing the keychain's
 * name and reversing the bytes, and decrypts only what carries that name, as a real one
 * only reads what its own key wrote (a new `keychain` is a reset one). `available` and
 * `backend` set what the OS would offer.
 */
export function fakeSafeStorage(options: { available?: boolean; backend?: string } = {}) {
  const state = {
    available: options.available ?? true,
    backend: options.backend ?? 'gnome_libsecret',
    keychain: 'login',
    shouldReEncrypt: false,
  }
  const tag = () => `fake-keychain-${state.keychain}:`
  return {
    state,
    isAsyncEncryptionAvailable: vi.fn(async () => state.available),
    getSelectedStorageBackend: vi.fn(() => state.backend),
    encryptStringAsync: vi.fn(async (plainText: string) => {
      if (!state.available) throw new Error('Encryption is not available.')
      return Buffer.from(tag() + plainText, 'utf8').reverse()
    }),
    decryptStringAsync: vi.fn(async (encrypted: Buffer) => {
      const text = Buffer.from(encrypted).reverse().toString('utf8')
      if (!state.available || !text.startsWith(tag())) {
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.')
      }
      return { result: text.slice(tag().length), shouldReEncrypt: state.shouldReEncrypt }
    }),
  }
}

/**
 * Electron's globalShortcut: `taken` holds the accelerators other applications own, which
 * the OS refuses (register returns false); `owned` what this app holds, with its callback.
 */
export function fakeGlobalShortcut() {
  const taken = new Set<string>()
  const owned = new Map<string, () => void>()
  return {
    taken,
    owned,
    register: vi.fn((accelerator: string, callback: () => void) => {
      if (taken.has(accelerator) || owned.has(accelerator)) return false
      owned.set(accelerator, callback)
      return true
    }),
    unregister: vi.fn((accelerator: string) => {
      owned.delete(accelerator)
    }),
    unregisterAll: vi.fn(() => owned.clear()),
    isRegistered: vi.fn((accelerator: string) => owned.has(accelerator)),
    /** The user presses the shortcut somewhere on the desktop. */
    press(accelerator: string) {
      owned.get(accelerator)?.()
    },
  }
}

export class FakeTray extends EventEmitter {
  static instances: FakeTray[] = []
  /** Set to make the next icons fail, as on a desktop with no tray at all. */
  static unavailable = false
  destroyed = false
  menu: { template: Record<string, unknown>[] } | null = null
  readonly setToolTip = vi.fn()
  readonly setContextMenu = vi.fn((menu: { template: Record<string, unknown>[] } | null) => {
    this.menu = menu
  })
  constructor(readonly image: unknown) {
    super()
    if (FakeTray.unavailable) throw new Error('no tray on this desktop')
    FakeTray.instances.push(this)
  }
  destroy() {
    this.destroyed = true
  }
  isDestroyed() {
    return this.destroyed
  }
  /** Clicks the context menu item with this label, as the user would. */
  choose(label: string | RegExp) {
    const item = this.menu?.template.find((entry) =>
      typeof label === 'string' ? entry['label'] === label : label.test(String(entry['label'])),
    )
    if (!item) throw new Error(`No tray menu item ${String(label)}`)
    ;(item['click'] as () => void)()
  }
}

export function fakeNativeImage(buffer: Buffer, options: unknown) {
  return {
    buffer,
    options,
    representations: [] as unknown[],
    addRepresentation(representation: unknown) {
      this.representations.push(representation)
    },
    isEmpty: () => buffer.length === 0,
  }
}

export const ipcHandlers = new Map<string, Listener>()

export const electronMock = {
  app: Object.assign(new EventEmitter(), {
    isPackaged: true,
    getName: () => 'Leadlog',
    getVersion: () => '0.1.0',
    getPath: vi.fn((name: string) => `/fake/${name}`),
    setPath: vi.fn(),
    quit: vi.fn(),
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    whenReady: vi.fn(() => new Promise<void>(() => undefined)),
    setAboutPanelOptions: vi.fn(),
    showAboutPanel: vi.fn(),
    setAppUserModelId: vi.fn(),
    focus: vi.fn(),
  }),
  BrowserWindow: FakeBrowserWindow,
  ipcMain: {
    handle: vi.fn((channel: string, listener: Listener) => ipcHandlers.set(channel, listener)),
  },
  protocol: {
    registerSchemesAsPrivileged: vi.fn(),
    handle: vi.fn(),
  },
  shell: { openExternal: vi.fn(async () => undefined) },
  dialog: {
    showSaveDialog: vi.fn(),
    showOpenDialog: vi.fn(),
    /** The user answers the first button ("Open in browser", "Reload") unless a test says otherwise. */
    showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })),
  },
  session: {
    defaultSession: fakeSession(),
    fromPartition: vi.fn(() => fakeSession()),
  },
  screen: {
    getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]),
  },
  nativeTheme: { shouldUseDarkColors: false },
  Menu: {
    buildFromTemplate: vi.fn((template: unknown) => ({ template })),
    setApplicationMenu: vi.fn(),
  },
  powerMonitor: new EventEmitter(),
  globalShortcut: fakeGlobalShortcut(),
  Tray: FakeTray,
  nativeImage: {
    createFromBuffer: vi.fn((buffer: Buffer, options?: unknown) =>
      fakeNativeImage(buffer, options),
    ),
  },
  safeStorage: fakeSafeStorage(),
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: Object.assign(new EventEmitter(), {
    invoke: vi.fn(async (..._args: unknown[]) => undefined),
  }),
}

/** An IPC event as Electron builds it; `url` is the sender frame's URL (null: frame gone). */
export function ipcEvent(url: string | null) {
  return {
    senderFrame: url === null ? null : { url },
    sender: new FakeWebContents(),
  }
}
