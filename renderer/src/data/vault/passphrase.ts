// A new passphrase re-wraps the same data key and backup key: no record is re-sealed,
// the recovery key keeps working, and backups written before open with the old one.
import { replacePassphrase } from '../../../../shared/crypto'
import { db } from '../db'
import { announceVaultChange } from './broadcast'
import { confirmSecret } from './convert'
import { deriveOffThread } from './deriveOffThread'
import { VaultError } from './errors'
import { currentSession, replaceSessionVault } from './session'
import { exclusive } from './writeLock'

export function changePassphrase(current: string, next: string): Promise<void> {
  return exclusive(async () => {
    await confirmSecret(current)
    const session = currentSession()
    if (!session) throw new VaultError('Unlock your journal first.')
    const options = { derive: deriveOffThread }
    const vault = {
      ...session.vault,
      journal: await replacePassphrase(session.vault.journal, session.dataKeyBytes, next, options),
      backup: {
        ...session.vault.backup,
        keyring: await replacePassphrase(
          session.vault.backup.keyring,
          session.backupKeyBytes,
          next,
          options,
        ),
      },
    }
    await db.vault.put(vault)
    replaceSessionVault(vault)
    announceVaultChange()
  })
}
