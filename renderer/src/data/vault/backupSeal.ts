// Backups of an encrypted journal are encrypted too (shared/crypto/sealedBackup.ts):
// with the journal's backup key, whose keyring opens with the same passphrase or
// recovery key under salts of its own. A plain journal's backups stay plain JSON.
import { sealBackupText } from '../../../../shared/crypto'
import { vaultMode, VaultLockedError } from './codec'
import { currentSession } from './session'

export interface BackupText {
  text: string
  encrypted: boolean
}

/** The backup's text as it is written to a file. */
export async function sealBackupIfEncrypted(text: string): Promise<BackupText> {
  if ((await vaultMode()) === 'plain') return { text, encrypted: false }
  const session = currentSession()
  if (!session) throw new VaultLockedError()
  const sealed = await sealBackupText(session.backupKeyBytes, session.vault.backup.keyring, text)
  return { text: sealed, encrypted: true }
}
