// A CSV file's columns as detected, for the user to correct: which column holds the date,
// the title, the notes and the optional fields, and how its dates are written. Applying
// reads the file again; nothing is written.
import { useState } from 'react'
import {
  CSV_FIELDS,
  DATE_FORMATS,
  type CsvField,
  type CsvMapping,
  type CsvSettings,
  type DateFormat,
} from '../../../../shared/import'

const FIELD_LABELS: Record<CsvField, string> = {
  date: 'Date',
  title: 'Title',
  notes: 'Notes',
  kind: 'Kind',
  competencies: 'Competencies',
  tags: 'Tags',
  people: 'People',
}

const DATE_LABELS: Record<DateFormat, string> = {
  ymd: 'Year-month-day (2026-03-14)',
  dmy: 'Day/month/year (14/03/2026)',
  mdy: 'Month/day/year (03/14/2026)',
  text: 'In words (14 March 2026)',
}

const DELIMITER_NAMES: Record<string, string> = {
  ',': 'commas',
  ';': 'semicolons',
  '\t': 'tabs',
  '|': 'pipes',
}

interface Props {
  settings: CsvSettings
  onApply(settings: Pick<CsvSettings, 'mapping' | 'dateFormat'>): void
}

export function CsvMappingForm({ settings, onApply }: Props) {
  const [mapping, setMapping] = useState<CsvMapping>(settings.mapping)
  const [dateFormat, setDateFormat] = useState<DateFormat>(settings.dateFormat)
  const changed =
    dateFormat !== settings.dateFormat || CSV_FIELDS.some((f) => mapping[f] !== settings.mapping[f])
  const choose = (field: CsvField, value: string) => {
    const next = { ...mapping }
    if (value === '') delete next[field]
    else next[field] = Number(value)
    setMapping(next)
  }
  return (
    <fieldset className="import-mapping">
      <legend>Columns</legend>
      <p className="hint">
        Separated by {DELIMITER_NAMES[settings.delimiter] ?? `“${settings.delimiter}”`}. Check which
        column holds what; a date and a title or notes are needed.
      </p>
      <div className="import-mapping-grid">
        {CSV_FIELDS.map((field) => (
          <label key={field}>
            {FIELD_LABELS[field]}
            <select value={mapping[field] ?? ''} onChange={(e) => choose(field, e.target.value)}>
              <option value="">(none)</option>
              {settings.headers.map((header, i) => (
                <option key={i} value={i}>
                  {header || `Column ${i + 1}`}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label>
          Dates written as
          <select value={dateFormat} onChange={(e) => setDateFormat(e.target.value as DateFormat)}>
            {DATE_FORMATS.map((format) => (
              <option key={format} value={format}>
                {DATE_LABELS[format]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <button type="button" disabled={!changed} onClick={() => onApply({ mapping, dateFormat })}>
        Read the file again with these columns
      </button>
    </fieldset>
  )
}
