// The review feature's door: what other folders may use.
export { ReviewView } from './ReviewView'
export { FiscalYearSettings } from './FiscalYearSettings'
