// Each rule as a bar against its line: the three areas against their minimum, Education
// against its minimum, Giving Back and the practitioner hours against their caps. Hours
// over a cap are drawn in a hatched tail: shown, not counted.
import type { PduArea } from '../../../../shared/entry'
import { PDU_AREAS, PDU_CATEGORY_LABELS } from '../../../../shared/entry'
import type { PduLedger } from '../../../../shared/pdu'
import { useLocale } from '../../app/localeSlice'
import { pdus } from './format'

interface Bar {
  id: string
  label: string
  earned: number
  /** What counts (earned, or up to the cap). */
  counted: number
  /** The line: a minimum to reach or a cap not to pass. */
  line: number
  kind: 'minimum' | 'cap'
}

function barsOf(ledger: PduLedger): Bar[] {
  const area = (id: PduArea): Bar => ({
    id,
    label: PDU_CATEGORY_LABELS[id],
    earned: ledger.byArea[id].earned,
    counted: ledger.byArea[id].earned,
    line: ledger.byArea[id].minimum,
    kind: 'minimum',
  })
  return [
    ...PDU_AREAS.map(area),
    {
      id: 'education',
      label: 'Education, all areas',
      earned: ledger.education.earned,
      counted: ledger.education.earned,
      line: ledger.education.minimum,
      kind: 'minimum',
    },
    {
      id: 'giving-back',
      label: 'Giving Back',
      ...ledger.givingBack,
      line: ledger.givingBack.cap,
      kind: 'cap',
    },
    {
      id: 'practitioner',
      label: 'of which as a practitioner',
      ...ledger.practitioner,
      line: ledger.practitioner.cap,
      kind: 'cap',
    },
  ]
}

function verdict(bar: Bar, locale: string): string {
  if (bar.kind === 'minimum') {
    if (bar.line === 0) return 'no minimum set'
    const short = bar.line - bar.earned
    return short > 0 ? `${pdus(short, locale)} to go` : 'met'
  }
  const over = bar.earned - bar.counted
  return over > 0 ? `${pdus(over, locale)} over, not counted` : 'within the cap'
}

export function RuleBars({ ledger }: { ledger: PduLedger }) {
  const locale = useLocale()
  const bars = barsOf(ledger)
  // One scale for every bar, so lengths compare across rows.
  const scale = Math.max(1, ...bars.map((b) => Math.max(b.earned, b.line)))
  const pct = (value: number) => `${(value / scale) * 100}%`
  return (
    <table className="rule-bars">
      <caption className="visually-hidden">PDUs by area and category against the rules</caption>
      <thead>
        <tr>
          <th scope="col">Rule</th>
          <th scope="col">Earned</th>
          <th scope="col">Rule line</th>
          <th scope="col" className="bar-column">
            <span className="visually-hidden">Bar</span>
          </th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => {
          const met = bar.kind === 'minimum' ? bar.earned >= bar.line : bar.earned <= bar.line
          return (
            <tr key={bar.id} className={bar.id === 'practitioner' ? 'sub-rule' : undefined}>
              <th scope="row">{bar.label}</th>
              <td className="num">{pdus(bar.earned, locale)}</td>
              <td className="num">
                {bar.kind === 'minimum' ? 'at least ' : 'at most '}
                {pdus(bar.line, locale)}
              </td>
              <td className="bar-column" aria-hidden="true">
                <div className="rule-track">
                  <span
                    className={`rule-fill${met ? ' met' : ''}`}
                    style={{ width: pct(bar.counted) }}
                  />
                  {bar.earned > bar.counted && (
                    <span
                      className="rule-over"
                      style={{ left: pct(bar.counted), width: pct(bar.earned - bar.counted) }}
                    />
                  )}
                  {bar.line > 0 && (
                    <span className={`rule-line ${bar.kind}`} style={{ left: pct(bar.line) }} />
                  )}
                </div>
              </td>
              <td className={met ? 'hint' : 'rule-short'}>{verdict(bar, locale)}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
