// Choosing a file to restore: a file over the backup size cap is refused before it is
// read, in the words parseBackup uses, and any failure to open the file is shown in
// plain words instead of being lost.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MAX_BACKUP_BYTES, serializeBackup } from '../../../../shared/backup'
import { platform } from '../../../../renderer/src/platform'
import { browserPlatform } from '../../../../renderer/src/platform/browser'
import { desktopPlatform } from '../../../../renderer/src/platform/desktop'
import type { DesktopApi } from '../../../../shared/ipc'
import { BackupSettings } from '../../../../renderer/src/features/backup/BackupSettings'
import { dumpDatabaseText } from '../../../../renderer/src/data/dump'

const FILTERS = [{ name: 'Leadlog backup', extensions: ['json'] }]
const TOO_LARGE =
  'is 257 MB, larger than the 256 MB a Leadlog backup can be (100,000 entries make about 150 MB); it is probably not a Leadlog backup.'

afterEach(() => vi.restoreAllMocks())

/** Catches the file input the browser platform creates, to pick a file with it. */
function catchFileInput(): () => HTMLInputElement {
  const create = document.createElement.bind(document)
  let input: HTMLInputElement | undefined
  const spy = vi.spyOn(document, 'createElement') as unknown as {
    mockImplementation(fn: (tag: string) => HTMLElement): void
  }
  spy.mockImplementation((tag) => {
    const element = create(tag)
    if (tag === 'input') input = element as HTMLInputElement
    return element
  })
  return () => {
    if (!input) throw new Error('no file input was created')
    return input
  }
}

function pick(input: HTMLInputElement, file: File): void {
  Object.defineProperty(input, 'files', { value: [file] })
  input.dispatchEvent(new Event('change'))
}

/** A file that says it is `size` bytes without holding them; reading it is recorded. */
function fileOfSize(name: string, text: string, size: number) {
  const file = new File([text], name, { type: 'application/json' })
  Object.defineProperty(file, 'size', { value: size })
  // Read as bytes (arrayBuffer): text() would replace invalid UTF-8 silently.
  const read = vi.spyOn(file, 'arrayBuffer')
  return { file, read }
}

describe('the browser file chooser', () => {
  it('refuses a file over the backup cap without reading it', async () => {
    const input = catchFileInput()
    const opening = browserPlatform().openFile(FILTERS)
    const { file, read } = fileOfSize('holiday.mp4', '', MAX_BACKUP_BYTES + 1)
    pick(input(), file)
    await expect(opening).rejects.toThrow(`holiday.mp4 ${TOO_LARGE}`)
    expect(read).not.toHaveBeenCalled()
  })

  it('reads a file of exactly the cap', async () => {
    const input = catchFileInput()
    const opening = browserPlatform().openFile(FILTERS)
    const { file, read } = fileOfSize('leadlog-backup.json', '{"entries":[]}', MAX_BACKUP_BYTES)
    pick(input(), file)
    await expect(opening).resolves.toEqual({
      opened: true,
      name: 'leadlog-backup.json',
      text: '{"entries":[]}',
    })
    expect(read).toHaveBeenCalledTimes(1)
  })
})

describe('the browser file chooser and invalid UTF-8', () => {
  it('refuses a file that is not valid UTF-8, naming the byte', async () => {
    const input = catchFileInput()
    const opening = browserPlatform().openFile(FILTERS)
    const bytes = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d])
    pick(input(), new File([bytes], 'latin1.json'))
    await expect(opening).rejects.toThrow('latin1.json is not valid UTF-8 text at byte 7')
  })
})

describe('Restore from a file… when the file cannot be opened', () => {
  it('in the browser, shows why a file over the cap is refused, and changes nothing', async () => {
    const before = await dumpDatabaseText()
    const input = catchFileInput()
    render(<BackupSettings />)
    await userEvent.click(screen.getByRole('button', { name: 'Restore from a file…' }))
    pick(input(), fileOfSize('holiday.mp4', '', MAX_BACKUP_BYTES + 1).file)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(`Could not open the file: holiday.mp4 ${TOO_LARGE}`)
    expect(screen.getByRole('button', { name: 'Restore from a file…' })).toBeEnabled()
    expect(await dumpDatabaseText()).toBe(before)
  })

  it('on the desktop, shows main’s sentence without Electron’s wrapping', async () => {
    // The desktop platform over a preload whose call fails as Electron reports it.
    const api = {
      openFile: () =>
        Promise.reject(
          new Error(`Error invoking remote method 'file:open': Error: huge.json ${TOO_LARGE}`),
        ),
    } as unknown as DesktopApi
    vi.spyOn(platform, 'openFile').mockImplementation(desktopPlatform(api).openFile)
    render(<BackupSettings />)
    await userEvent.click(screen.getByRole('button', { name: 'Restore from a file…' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(`Could not open the file: huge.json ${TOO_LARGE}`)
    expect(alert).not.toHaveTextContent('invoking remote method')
  })

  it('a file within the cap still goes on to be checked', async () => {
    const input = catchFileInput()
    render(<BackupSettings />)
    await userEvent.click(screen.getByRole('button', { name: 'Restore from a file…' }))
    const text = serializeBackup({
      format: 'leadlog-backup',
      formatVersion: 1,
      exportedAt: '2026-11-20T12:00:00.000Z',
      appVersion: '1.0.0',
      schemaVersion: 2,
      entries: [],
      settings: {},
    })
    pick(input(), new File([text], 'empty-backup.json', { type: 'application/json' }))
    expect(
      await screen.findByRole('region', { name: 'Restore from empty-backup.json' }),
    ).toBeInTheDocument()
  })
})
