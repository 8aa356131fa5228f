// One plain-text table for the terminal (and the issue note): figures down, sizes across.
import { targetText, verdict, type Figure } from './figures'
import type { Machine } from './machine'

function formatValue(value: number, unit: Figure['unit']): string {
  if (!Number.isFinite(value)) return '–'
  if (unit === '×') return `${value.toFixed(2)}×`
  if (unit === 'tasks') return String(Math.round(value))
  // Differences (encrypted minus plain) can be negative: digits go by size, not sign.
  const size = Math.abs(value)
  const digits = size < 10 ? 2 : size < 100 ? 1 : 0
  return `${value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${unit}`
}

function cell(figure: Figure, size: number): string {
  const result = figure.results[size]
  if (!result) return ''
  // The full reason is in the JSON; the table keeps its columns readable.
  if (!result.ok)
    return result.reason.length > 60 ? `${result.reason.slice(0, 57)}...` : result.reason
  return formatValue(result.median, figure.unit)
}

export function renderTable(
  figures: readonly Figure[],
  sizes: readonly number[],
  machine: Machine,
): string {
  const header = ['figure', ...sizes.map((s) => s.toLocaleString('en')), 'target', 'verdict']
  const rows = figures.map((f) => [
    f.label,
    ...sizes.map((s) => cell(f, s)),
    targetText(f.target, f.unit),
    verdict(f),
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`
  const rule = `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`
  return [
    `CPU: ${machine.cpu} × ${machine.cores} · ${machine.memoryGb} GB · ${machine.os}`,
    `Node ${machine.node} · ${machine.chromium} · load average ${machine.loadAverage} at start`,
    '',
    line(header),
    rule,
    ...rows.map(line),
  ].join('\n')
}
