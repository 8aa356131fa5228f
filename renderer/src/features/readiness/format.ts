// Display formatting for the readiness screens: one place so numbers read the same everywhere.
import { BAND_LABELS, type Band } from '../../../../shared/readiness'

export function wholeScore(score: number): string {
  return String(Math.round(score))
}

/** One decimal for contributions and weighted points, so small parts still show. */
export function points(value: number): string {
  return value.toFixed(1)
}

export function percent(fraction: number): string {
  return `${Math.round(fraction * 100)} %`
}

export function bandLabel(band: Band): string {
  return BAND_LABELS[band]
}

export function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return new Date(y, m - 1, d).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  })
}

export function monthLabel(iso: string): string {
  const [y, m] = iso.split('-').map(Number) as [number, number]
  return new Date(y, m - 1, 1).toLocaleDateString(undefined, { month: 'short', year: '2-digit' })
}

export function signed(delta: number): string {
  const rounded = Math.round(delta)
  if (rounded === 0) return 'no change'
  return rounded > 0 ? `+${rounded}` : `−${Math.abs(rounded)}`
}
