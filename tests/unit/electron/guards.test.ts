import { beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('electron', async () => (await import('./fakeElectron')).electronMock)

const { electronMock, FakeWebContents, fakeSession } = await import('./fakeElectron')
const {
  confirmLinkOptions,
  guardWebContents,
  hardenSession,
  isRequestAllowed,
  openExternalSafely,
} = await import('../../../electron/guards')
const { isSafeExternalUrl } = await import('../../../shared/ipc')

beforeEach(() => {
  electronMock.shell.openExternal.mockClear()
  electronMock.dialog.showMessageBox.mockClear()
  electronMock.dialog.showMessageBox.mockResolvedValue({ response: 0, checkboxChecked: false })
})

/** Lets the confirmation's promise settle. */
const settled = () => new Promise((resolve) => setTimeout(resolve))

function guarded(devOrigin?: string) {
  const contents = new FakeWebContents()
  guardWebContents(contents as never, devOrigin)
  return contents
}

describe('window.open', () => {
  it('is denied for every URL, the app included', () => {
    const contents = guarded()
    for (const url of ['app://leadlog/index.html', 'https://example.com/', 'about:blank']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' })
    }
  })

  it('sends a validated https link to the system browser once the user confirms its host', async () => {
    guarded().windowOpenHandler?.({ url: 'https://www.pmi.org/certifications' })
    await settled()
    expect(electronMock.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({
        message: 'Open www.pmi.org in your web browser?',
        detail: 'https://www.pmi.org/certifications',
        buttons: ['Open in browser', 'Cancel'],
        cancelId: 1,
      }),
    )
    expect(electronMock.shell.openExternal).toHaveBeenCalledWith(
      'https://www.pmi.org/certifications',
    )
  })

  it('opens nothing when the user cancels', async () => {
    electronMock.dialog.showMessageBox.mockResolvedValue({ response: 1, checkboxChecked: false })
    guarded().windowOpenHandler?.({ url: 'https://www.pmi.org/' })
    await settled()
    expect(electronMock.dialog.showMessageBox).toHaveBeenCalledTimes(1)
    expect(electronMock.shell.openExternal).not.toHaveBeenCalled()
  })

  it('opens nothing, and asks nothing, for links that fail validation', async () => {
    const contents = guarded()
    for (const url of [
      'http://example.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'https://127.0.0.1/',
      'https://192.168.1.1/admin',
    ]) {
      contents.windowOpenHandler?.({ url })
    }
    await settled()
    expect(electronMock.dialog.showMessageBox).not.toHaveBeenCalled()
    expect(electronMock.shell.openExternal).not.toHaveBeenCalled()
  })

  it('shortens a very long address in the question', () => {
    const long = `https://example.com/${'a'.repeat(1000)}`
    expect(confirmLinkOptions(long).detail).toHaveLength(301)
  })
})

describe('navigation', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s away from the app origin is blocked',
    (event) => {
      const contents = guarded()
      expect(contents.fire(event, 'https://evil.example/')).toBe(true)
      expect(contents.fire(event, 'file:///etc/passwd')).toBe(true)
      expect(contents.fire(event, 'app://other/index.html')).toBe(true)
      expect(contents.fire(event, 'http://localhost:5173/')).toBe(true)
    },
  )

  it('within the app origin is allowed', () => {
    const contents = guarded()
    expect(contents.fire('will-navigate', 'app://leadlog/index.html')).toBe(false)
    expect(contents.fire('will-redirect', 'app://leadlog/')).toBe(false)
  })

  it('to the dev server is allowed only in development', () => {
    expect(guarded('http://localhost:5173').fire('will-navigate', 'http://localhost:5173/')).toBe(
      false,
    )
    expect(guarded().fire('will-navigate', 'http://localhost:5173/')).toBe(true)
  })

  it('never attaches a <webview>', () => {
    expect(guarded().fire('will-attach-webview', 'app://leadlog/')).toBe(true)
  })
})

describe('external links', () => {
  it.each([
    ['https://www.pmi.org/', true],
    ['https://example.com/path?q=1#x', true],
    ['http://example.com/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['leadlog://open', false],
    ['ms-settings:privacy', false],
    ['smb://server/share', false],
    ['https://user:secret@example.com/', false],
    ['https://localhost/', false],
    ['https://app.localhost/', false],
    ['https://127.0.0.1/', false],
    ['https://0x7f000001/', false],
    ['https://2130706433/', false],
    ['https://10.0.0.8:8443/', false],
    ['https://192.168.1.1/admin', false],
    ['https://[::1]/', false],
    ['https://[fe80::1]/', false],
    ['https://printer.local/', false],
    ['https://nas.home.arpa/', false],
    ['https://router.lan/', false],
    ['https://intranet/', false],
    ['not a url', false],
  ])('%s → %s', async (url, safe) => {
    expect(isSafeExternalUrl(url)).toBe(safe)
    expect(openExternalSafely(url)).toBe(safe)
    await settled()
    expect(electronMock.shell.openExternal).toHaveBeenCalledTimes(safe ? 1 : 0)
  })
})

describe('session', () => {
  function hardened(devOrigin?: string) {
    const session = fakeSession()
    hardenSession(session as never, devOrigin)
    return session
  }

  it('denies every permission request from web content', () => {
    const session = hardened()
    for (const permission of ['media', 'geolocation', 'midi', 'clipboard-read', 'hid']) {
      for (const requestingUrl of ['app://leadlog/index.html', 'https://evil.example/']) {
        const callback = vi.fn()
        const contents = new FakeWebContents()
        session.permissionRequestHandler?.(contents, permission, callback, { requestingUrl })
        expect(callback).toHaveBeenCalledWith(false)
      }
    }
  })

  it('denies every permission check from web content', () => {
    const session = hardened()
    for (const permission of ['media', 'geolocation', 'openExternal', 'serial', 'usb']) {
      expect(
        session.permissionCheckHandler?.(null, permission, 'app://leadlog', {
          requestingUrl: 'app://leadlog/index.html',
        }),
      ).toBe(false)
    }
  })

  it('grants what the app itself uses (copy, persistent storage, notifications) only to its own page', () => {
    const session = hardened()
    const ask = (permission: string, requestingUrl: string) => {
      const callback = vi.fn()
      session.permissionRequestHandler?.(new FakeWebContents(), permission, callback, {
        requestingUrl,
      })
      return callback.mock.calls[0]?.[0]
    }
    expect(ask('clipboard-sanitized-write', 'app://leadlog/index.html')).toBe(true)
    expect(ask('persistent-storage', 'app://leadlog/index.html')).toBe(true)
    expect(ask('notifications', 'app://leadlog/index.html')).toBe(true)
    expect(ask('notifications', 'app://leadlog/index.html#capture')).toBe(true)
    expect(ask('clipboard-sanitized-write', 'https://evil.example/')).toBe(false)
    expect(ask('persistent-storage', 'file:///tmp/report.html')).toBe(false)
    expect(ask('notifications', 'https://evil.example/')).toBe(false)
    expect(ask('notifications', 'app://other/index.html')).toBe(false)
    expect(ask('notifications', 'http://localhost:5173/')).toBe(false)
  })

  it('answers a notification permission check (Notification.permission) for its own page only', () => {
    const session = hardened()
    const check = (requestingUrl: string) =>
      session.permissionCheckHandler?.(null, 'notifications', requestingUrl, { requestingUrl })
    expect(check('app://leadlog/index.html')).toBe(true)
    expect(check('https://evil.example/')).toBe(false)
    expect(check('file:///tmp/report.html')).toBe(false)
  })

  it('grants exactly the three permissions the app uses, nothing else', async () => {
    const { APP_PERMISSIONS } = await import('../../../electron/guards')
    expect([...APP_PERMISSIONS].sort()).toEqual([
      'clipboard-sanitized-write',
      'notifications',
      'persistent-storage',
    ])
  })

  it('turns the Hunspell spellchecker off where it would download dictionaries', () => {
    const session = hardened()
    if (process.platform === 'darwin') {
      expect(session.setSpellCheckerEnabled).not.toHaveBeenCalled()
    } else {
      expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false)
    }
  })

  it('denies USB, serial and HID devices', () => {
    const session = hardened()
    const handler = session.setDevicePermissionHandler.mock.calls[0]?.[0] as () => boolean
    expect(handler()).toBe(false)
  })

  it('cancels every request that is not to the app itself', () => {
    const session = hardened()
    const listener = session.webRequest.onBeforeRequest.mock.calls[0]?.[0] as (
      details: { url: string },
      callback: (response: { cancel: boolean }) => void,
    ) => void
    const cancelled = (url: string) => {
      const callback = vi.fn()
      listener({ url }, callback)
      return (callback.mock.calls[0]?.[0] as { cancel: boolean }).cancel
    }
    expect(cancelled('https://fonts.googleapis.com/css')).toBe(true)
    expect(cancelled('http://127.0.0.1:8080/track')).toBe(true)
    expect(cancelled('wss://evil.example/')).toBe(true)
    expect(cancelled('file:///etc/passwd')).toBe(true)
    expect(cancelled('app://other/x.js')).toBe(true)
    expect(cancelled('chrome-extension://abcdef/script.js')).toBe(true)
    expect(cancelled('ftp://files.example/x')).toBe(true)
    expect(cancelled('app://leadlog/assets/index.js')).toBe(false)
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false)
    expect(cancelled('devtools://devtools/bundled/inspector.html')).toBe(false)
  })

  it('lets the dev server and its hot-reload socket through in development only', () => {
    expect(isRequestAllowed('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(
      true,
    )
    expect(isRequestAllowed('ws://localhost:5173/', 'http://localhost:5173')).toBe(true)
    expect(isRequestAllowed('ws://localhost:9999/', 'http://localhost:5173')).toBe(false)
    expect(isRequestAllowed('http://localhost:5173/src/main.tsx')).toBe(false)
  })
})
