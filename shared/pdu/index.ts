// The PDU ledger's door: PMI's rules per certification, the ledger of a cycle, its
// month-by-month progress and the CSV export of its activities.
export * from './rules'
export * from './cycle'
export * from './ledger'
export * from './progress'
export * from './csv'
export * from './summary'
