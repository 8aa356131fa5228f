// The preload bundles shared/ipc/channels.ts past the ipc door so that zod stays out of
// the sandboxed preload: the file must stay a table that imports nothing.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { IPC, LOCK_REQUEST_EVENT, QUIT_BACKUP_EVENT } from '../../../../shared/ipc/channels'
import { ipcArgs } from '../../../../shared/ipc'

const source = readFileSync(new URL('../../../../shared/ipc/channels.ts', import.meta.url), 'utf8')

describe('the IPC channel table', () => {
  it('imports nothing, so the preload bundles no zod', () => {
    expect(source).not.toMatch(/^\s*import\s/m)
    expect(source).not.toMatch(/\brequire\(/)
  })

  it('names every channel once, apart from the main → renderer events, each with an argument schema', () => {
    const channels = Object.values(IPC)
    expect(new Set(channels).size).toBe(channels.length)
    expect(channels).not.toContain(QUIT_BACKUP_EVENT)
    expect(channels).not.toContain(LOCK_REQUEST_EVENT)
    expect(LOCK_REQUEST_EVENT).not.toBe(QUIT_BACKUP_EVENT)
    expect(Object.keys(ipcArgs).sort()).toEqual([...channels].sort())
  })
})
