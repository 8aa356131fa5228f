// The additional data of the vault's own sealed values, so none can stand in for another.
export const BACKUP_KEY_AAD = 'leadlog/v1/vault/backup-key'
