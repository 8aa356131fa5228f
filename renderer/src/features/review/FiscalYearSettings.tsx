// Settings section owned by the review feature.
export function FiscalYearSettings() {
  return null
}
