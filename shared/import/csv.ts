// A spreadsheet saved as CSV: a header row, then one entry per row. The delimiter (comma,
// semicolon, tab, pipe) and the date format are detected, the columns guessed from the
// headers, and the user's corrections to either take precedence.
import Papa from 'papaparse'
import { cellDate, detectDateFormat } from './dates'
import { guessMapping, readCompetencies, readKind, readPeople, splitList } from './csvColumns'
import { cleanTag } from './text'
import type { CsvSettings, Draft, ImportOptions, Skipped } from './types'

const DELIMITERS = [',', ';', '\t', '|']

function cell(row: readonly string[], index: number | undefined): string {
  return index === undefined ? '' : (row[index] ?? '').trim()
}

/** Rows read from CSV text: the rows, and the delimiter found. */
function readRows(text: string): { rows: string[][]; delimiter: string } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimitersToGuess: DELIMITERS,
    skipEmptyLines: 'greedy',
  })
  return { rows: parsed.data, delimiter: parsed.meta.delimiter || ',' }
}

export interface ParsedCsv {
  drafts: Draft[]
  skipped: Skipped[]
  settings: CsvSettings
}

export function parseCsv(
  file: string,
  text: string,
  options: ImportOptions['csv'] = {},
): ParsedCsv {
  const { rows, delimiter } = readRows(text)
  const headers = (rows[0] ?? []).map((h) => h.trim())
  const mapping = options.mapping ?? guessMapping(headers)
  const body = rows.slice(1)
  const dateFormat =
    options.dateFormat ?? detectDateFormat(body.slice(0, 500).map((row) => cell(row, mapping.date)))
  const settings: CsvSettings = { delimiter, headers, mapping, dateFormat }
  const drafts: Draft[] = []
  const skipped: Skipped[] = []
  if (mapping.date === undefined || (mapping.title === undefined && mapping.notes === undefined)) {
    const missing = mapping.date === undefined ? 'a date column' : 'a title or notes column'
    skipped.push({
      file,
      where: 'line 1 (the header row)',
      why: `has no ${missing}: choose one in the column mapping (headers found: ${headers.join(', ') || 'none'})`,
    })
    return { drafts, skipped, settings }
  }
  body.forEach((row, i) => {
    // The header is line 1; a quoted cell with line breaks makes this the row, not the line.
    const where = `row ${i + 2}`
    const dateCell = cell(row, mapping.date)
    const date = cellDate(dateCell, dateFormat)
    if (!date) {
      skipped.push({
        file,
        where,
        why: dateCell
          ? `has a date Leadlog cannot read as ${FORMAT_WORDS[dateFormat]}: “${dateCell.slice(0, 40)}”`
          : 'has no date',
      })
      return
    }
    const kindCell = cell(row, mapping.kind)
    const kind = readKind(kindCell)
    if (kindCell && !kind) {
      skipped.push({
        file,
        where: `${where}, kind`,
        why: `“${kindCell.slice(0, 40)}” is not a kind Leadlog knows; the kind is guessed instead`,
      })
    }
    const competencies = readCompetencies(cell(row, mapping.competencies))
    if (competencies.unknown.length) {
      skipped.push({
        file,
        where: `${where}, competencies`,
        why: `${competencies.unknown.map((c) => `“${c.slice(0, 40)}”`).join(', ')} ${competencies.unknown.length === 1 ? 'is not a competency' : 'are not competencies'} Leadlog knows; left out`,
      })
    }
    const title = cell(row, mapping.title)
    drafts.push({
      file,
      where,
      occurredOn: date,
      ...(title ? { title } : {}),
      text: cell(row, mapping.notes),
      tags: splitList(cell(row, mapping.tags)).map(cleanTag),
      ...(kind ? { kind } : {}),
      ...(competencies.ids.length ? { competencies: competencies.ids } : {}),
      people: readPeople(cell(row, mapping.people)),
    })
  })
  return { drafts, skipped, settings }
}

const FORMAT_WORDS = {
  ymd: 'year-month-day',
  dmy: 'day/month/year',
  mdy: 'month/day/year',
  text: 'a date in words',
} as const
