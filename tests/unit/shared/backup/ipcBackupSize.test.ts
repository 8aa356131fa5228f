// Backups cross IPC as strings (saved with "Export backup…" or written to the backups
// folder). The channel schemas must let through every backup parseBackup accepts, so
// their cap is the same MAX_BACKUP_BYTES: a string never has more characters than bytes.
import { describe, expect, it } from 'vitest'
import { MAX_BACKUP_BYTES } from '../../../../shared/backup'
import { IPC, ipcArgs } from '../../../../shared/ipc'

const atCap = 'x'.repeat(MAX_BACKUP_BYTES)
const overCap = `${atCap}x`

const saveArgs = (data: string) => [
  {
    suggestedName: 'leadlog-backup.json',
    filters: [{ name: 'Backup', extensions: ['json'] }],
    data,
  },
]
const writeArgs = (json: string) => [{ json, entryCount: 0, reason: 'manual' }]

describe('backup text over IPC', () => {
  it('saving a file accepts text of exactly the backup cap and refuses one character more', () => {
    expect(ipcArgs[IPC.saveFile].safeParse(saveArgs(atCap)).success).toBe(true)
    expect(ipcArgs[IPC.saveFile].safeParse(saveArgs(overCap)).success).toBe(false)
  })

  it('an automatic backup write accepts exactly the backup cap and refuses one character more', () => {
    expect(ipcArgs[IPC.backupWrite].safeParse(writeArgs(atCap)).success).toBe(true)
    expect(ipcArgs[IPC.backupWrite].safeParse(writeArgs(overCap)).success).toBe(false)
  })

  it('the cap is the one parseBackup applies, not an older 200 MB one', () => {
    const over200MB = 'x'.repeat(200_000_001)
    expect(ipcArgs[IPC.backupWrite].safeParse(writeArgs(over200MB)).success).toBe(true)
  })
})
