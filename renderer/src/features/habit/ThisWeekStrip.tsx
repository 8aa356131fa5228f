// The Journal's "this week" strip: Monday to Sunday with each day's entries, against the
// user's weekly target. One line, at most about 40 px tall.
import { useId, useMemo } from 'react'
import { weekStrip, type WeekStrip } from '../../../../shared/habit'
import { WEEKLY_TARGET_DEFAULT } from '../../../../shared/entry'
import { formatNumber } from '../../../../shared/format'
import { useLocale } from '../../app/localeSlice'
import { useSettings } from '../../data/settings'
import { useLiveEntriesDeferred } from '../../data/useEntries'
import { useToday } from './useToday'
import './habit.css'

const weekdayFormats = new Map<string, { short: Intl.DateTimeFormat; long: Intl.DateTimeFormat }>()

function weekdayFormat(locale: string) {
  let format = weekdayFormats.get(locale)
  if (!format) {
    format = {
      short: new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }),
      long: new Intl.DateTimeFormat(locale, {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        timeZone: 'UTC',
      }),
    }
    weekdayFormats.set(locale, format)
  }
  return format
}

/** "2 of 3 entries this week"; "3 of 3 entries this week: target met"; "4 entries this week: target of 3 met". */
export function weekSummary(
  { total, target }: Pick<WeekStrip, 'total' | 'target'>,
  locale: string,
) {
  const n = (value: number) => formatNumber(value, locale)
  if (total > target) return `${n(total)} entries this week: target of ${n(target)} met`
  const noun = target === 1 ? 'entry' : 'entries'
  const line = `${n(total)} of ${n(target)} ${noun} this week`
  return total === target ? `${line}: target met` : line
}

function entriesWord(count: number, locale: string): string {
  return `${formatNumber(count, locale)} ${count === 1 ? 'entry' : 'entries'}`
}

export function ThisWeekStrip() {
  const entries = useLiveEntriesDeferred()
  const settings = useSettings()
  const locale = useLocale()
  const today = useToday()
  const summaryId = useId()
  const target = settings?.weeklyTarget ?? WEEKLY_TARGET_DEFAULT
  const strip = useMemo(
    () => (entries ? weekStrip(entries, { asOf: today, weekStartsOn: 1, target }) : null),
    [entries, today, target],
  )
  if (!strip) return null
  const format = weekdayFormat(locale)

  return (
    <div
      className={strip.met ? 'week-strip met' : 'week-strip'}
      role="group"
      aria-labelledby={summaryId}
    >
      <ol className="week-strip-days">
        {strip.days.map(({ date, count }) => {
          const day = new Date(`${date}T00:00:00Z`)
          const state = [
            'week-day',
            count > 0 ? 'has-entries' : '',
            date === today ? 'today' : '',
            date > today ? 'future' : '',
          ]
            .filter(Boolean)
            .join(' ')
          return (
            <li key={date} className={state} aria-current={date === today ? 'date' : undefined}>
              <span className="week-day-name" aria-hidden="true">
                {format.short.format(day)}
              </span>
              <span className="week-day-count" aria-hidden="true">
                {count > 0 ? formatNumber(count, locale) : '·'}
              </span>
              <span className="visually-hidden">
                {format.long.format(day)}: {entriesWord(count, locale)}
              </span>
            </li>
          )
        })}
      </ol>
      <p className="week-strip-summary" id={summaryId}>
        {weekSummary(strip, locale)}
      </p>
    </div>
  )
}
