// The certification ledger's door: what other folders may use.
export { LedgerView } from './LedgerView'
export { CertificationSettings } from './CertificationSettings'
