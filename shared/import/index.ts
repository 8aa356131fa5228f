// The import domain's door: history from jrnl, Day One, Markdown and CSV as entries.
export * from './types'
export { importJournal, MAX_IMPORT_ENTRIES } from './importJournal'
export { FORMAT_LABELS } from '../entry'
export { findDuplicates } from './duplicates'
export { withKind } from './build'
export { guessKind } from './guess'
export { findMetric } from './metric'
