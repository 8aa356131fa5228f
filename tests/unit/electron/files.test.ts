import { mkdtemp, open, readFile, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { fakeSession } from './fakeElectron'

vi.mock('electron', async () => (await import('./fakeElectron')).electronMock)

const { electronMock, FakeBrowserWindow } = await import('./fakeElectron')
const { openFile, printPdf, readTextFile, saveFile } = await import('../../../electron/files')
const { MAX_BACKUP_BYTES } = await import('../../../shared/backup')
const { SettingsStore } = await import('../../../electron/settingsStore')
const { PRINT_CSP } = await import('../../../electron/print')

let folder = ''
let settings: InstanceType<typeof SettingsStore>
const dialog = electronMock.dialog

beforeEach(async () => {
  vi.clearAllMocks()
  FakeBrowserWindow.instances.length = 0
  folder = await mkdtemp(join(tmpdir(), 'leadlog-files-'))
  settings = new SettingsStore(join(folder, 'userData'))
})

const filters = [{ name: 'Markdown', extensions: ['md'] }]

describe('save dialog', () => {
  it('writes the file where the user chose and remembers that folder for next time', async () => {
    const path = join(folder, 'review.md')
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path })
    await expect(
      saveFile(null, settings, { suggestedName: 'review.md', filters, data: '# Q3' }),
    ).resolves.toEqual({ saved: true, path })
    expect(await readFile(path, 'utf8')).toBe('# Q3')
    expect(dialog.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: join('/fake/documents', 'review.md'),
      filters,
    })

    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' })
    await saveFile(null, settings, { suggestedName: 'next.md', filters, data: 'x' })
    expect(dialog.showSaveDialog).toHaveBeenLastCalledWith({
      defaultPath: join(folder, 'next.md'),
      filters,
    })
  })

  it('writes nothing when the user cancels', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' })
    await expect(
      saveFile(null, settings, { suggestedName: 'review.md', filters, data: '# Q3' }),
    ).resolves.toEqual({ saved: false })
    expect(await readdir(folder)).toEqual([])
  })

  it('replaces an existing file atomically (no temp file left)', async () => {
    const path = join(folder, 'review.md')
    await writeFile(path, 'old')
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path })
    await saveFile(null, settings, { suggestedName: 'review.md', filters, data: 'new' })
    expect(await readFile(path, 'utf8')).toBe('new')
    expect((await readdir(folder)).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })
})

describe('print to PDF', () => {
  it('renders in a hidden, sandboxed window with JavaScript off and saves the PDF', async () => {
    const path = join(folder, 'review.pdf')
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path })
    await expect(
      printPdf(null, settings, { suggestedName: 'review.pdf', html: '<h1>Q3</h1>' }),
    ).resolves.toEqual({ saved: true, path })
    const window = FakeBrowserWindow.instances[0]!
    expect(window.options).toMatchObject({
      show: false,
      webPreferences: {
        javascript: false,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webSecurity: true,
      },
    })
    expect(window.loadURL.mock.calls[0]?.[0]).toMatch(/^app:\/\/print\/[0-9a-f-]{36}\.html$/)
    expect(window.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ printBackground: true, preferCSSPageSize: true }),
    )
    expect(window.isDestroyed()).toBe(true)
    expect(await readFile(path, 'utf8')).toBe('%PDF-1.7 fake')
  })

  it('serves the report from memory with a strict CSP, and only while it prints', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({
      canceled: false,
      filePath: join(folder, 'a.pdf'),
    })
    const tempBefore = await readdir(tmpdir())
    await printPdf(null, settings, { suggestedName: 'a.pdf', html: '<p>private notes</p>' })
    const window = FakeBrowserWindow.instances[0]!
    expect(window.loaded?.status).toBe(200)
    expect(window.loaded?.body).toBe('<p>private notes</p>')
    expect(window.loaded?.headers.get('content-security-policy')).toBe(PRINT_CSP)
    expect(PRINT_CSP).toContain("default-src 'none'")
    // Printed: the report is no longer served, and no temp file ever held it.
    const session = electronMock.session.fromPartition.mock.results[0]?.value as ReturnType<
      typeof fakeSession
    >
    expect(session.protocol.handle.mock.calls[0]?.[0]).toBe('app')
    const handler = session.protocol.handle.mock.calls[0]?.[1] as (request: Request) => Response
    expect(handler(new Request(window.loadURL.mock.calls[0]?.[0] as string)).status).toBe(404)
    expect(handler(new Request('app://leadlog/index.html')).status).toBe(404)
    expect(
      (await readdir(tmpdir())).filter(
        (name) => !tempBefore.includes(name) && name.includes('print'),
      ),
    ).toEqual([])
  })

  it('uses a separate session that loads nothing but the report and inline images', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({
      canceled: false,
      filePath: join(folder, 'a.pdf'),
    })
    await printPdf(null, settings, { suggestedName: 'a.pdf', html: '<p>x</p>' })
    expect(electronMock.session.fromPartition).toHaveBeenCalledWith('leadlog-print')
    const session = electronMock.session.fromPartition.mock.results[0]?.value as ReturnType<
      typeof fakeSession
    >
    const listener = session.webRequest.onBeforeRequest.mock.calls[0]?.[0] as (
      details: { url: string },
      callback: (response: { cancel: boolean }) => void,
    ) => void
    const cancelled = (url: string) => {
      const callback = vi.fn()
      listener({ url }, callback)
      return (callback.mock.calls[0]?.[0] as { cancel: boolean }).cancel
    }
    expect(cancelled('https://tracker.example/pixel.png')).toBe(true)
    expect(cancelled('file:///etc/passwd')).toBe(true)
    expect(cancelled('app://leadlog/index.html')).toBe(true)
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false)
    expect(cancelled('app://print/0b7e3f5e-2c1a-4c55-9a43-3f1f0d7e9a10.html')).toBe(false)
    const permission = vi.fn()
    session.permissionRequestHandler?.(null, 'media', permission)
    expect(permission).toHaveBeenCalledWith(false)
  })

  it('does not render at all when the user cancels the dialog', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' })
    await expect(
      printPdf(null, settings, { suggestedName: 'a.pdf', html: '<p>x</p>' }),
    ).resolves.toEqual({ saved: false })
    expect(FakeBrowserWindow.instances).toHaveLength(0)
  })
})

describe('open file', () => {
  it('returns the chosen file as text', async () => {
    const path = join(folder, 'backup.json')
    await writeFile(path, '{"entries":[]}')
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] })
    await expect(openFile(null, settings, { filters })).resolves.toEqual({
      opened: true,
      name: 'backup.json',
      text: '{"entries":[]}',
    })
  })

  it('returns opened: false on cancel', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] })
    await expect(openFile(null, settings, { filters })).resolves.toEqual({ opened: false })
  })

  it('refuses a file over the backup cap in parseBackup’s words, without reading it', async () => {
    const path = join(folder, 'huge.json')
    const handle = await open(path, 'w')
    await handle.truncate(MAX_BACKUP_BYTES + 1) // sparse: no 256 MB actually written
    await handle.close()
    await expect(readTextFile(path)).rejects.toThrow(
      'huge.json is 257 MB, larger than the 256 MB a Leadlog backup can be (100,000 entries make about 150 MB); it is probably not a Leadlog backup.',
    )
  })

  it('refuses invalid UTF-8, naming the byte, rather than replacing characters silently', async () => {
    const path = join(folder, 'latin1.json')
    await writeFile(path, Buffer.from('{"title":"Caf\xe9"}', 'latin1'))
    await expect(readTextFile(path)).rejects.toThrow(
      'latin1.json is not valid UTF-8 text at byte 14: the file is damaged or is not a Leadlog backup',
    )
  })

  it('accepts a file of exactly the backup cap, so the 150 MB backup of 100,000 entries opens', async () => {
    const path = join(folder, 'edge.json')
    const handle = await open(path, 'w')
    await handle.truncate(MAX_BACKUP_BYTES)
    await handle.close()
    await expect(readTextFile(path)).resolves.toMatchObject({ opened: true, name: 'edge.json' })
  })
})
