// Filters for the Bullets view: period, competency, share-safe, show hidden.
import { CompetencySelect } from '../../components/CompetencySelect'
import type { CompetencyId } from '../../../../shared/entry'
import { PERIOD_LABELS, PERIODS, type PeriodKind, type Range } from './period'

export interface BulletFilters {
  period: PeriodKind
  custom: Range
  competency: CompetencyId | ''
  shareSafe: boolean
  showHidden: boolean
}

interface Props {
  filters: BulletFilters
  change(next: Partial<BulletFilters>): void
  hiddenCount: number
}

export function BulletsToolbar({ filters, change, hiddenCount }: Props) {
  return (
    <div className="bullets-toolbar" role="group" aria-label="Filters">
      <div className="field">
        <label htmlFor="bullets-period">Period</label>
        <select
          id="bullets-period"
          value={filters.period}
          onChange={(event) => change({ period: event.target.value as PeriodKind })}
        >
          {PERIODS.map((kind) => (
            <option key={kind} value={kind}>
              {PERIOD_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      {filters.period === 'custom' ? (
        <>
          <div className="field">
            <label htmlFor="bullets-from">From</label>
            <input
              id="bullets-from"
              type="date"
              value={filters.custom.from ?? ''}
              onChange={(event) =>
                change({ custom: { ...filters.custom, from: event.target.value || undefined } })
              }
            />
          </div>
          <div className="field">
            <label htmlFor="bullets-to">To</label>
            <input
              id="bullets-to"
              type="date"
              value={filters.custom.to ?? ''}
              onChange={(event) =>
                change({ custom: { ...filters.custom, to: event.target.value || undefined } })
              }
            />
          </div>
        </>
      ) : null}
      <div className="field">
        <label htmlFor="bullets-competency">Competency</label>
        <CompetencySelect
          id="bullets-competency"
          value={filters.competency}
          onChange={(competency) => change({ competency })}
        />
      </div>
      <label className="bullets-switch">
        <input
          type="checkbox"
          role="switch"
          checked={filters.shareSafe}
          onChange={(event) => change({ shareSafe: event.target.checked })}
        />{' '}
        Share-safe <span className="hint">(names become role and level)</span>
      </label>
      <label className="bullets-switch">
        <input
          type="checkbox"
          checked={filters.showHidden}
          onChange={(event) => change({ showHidden: event.target.checked })}
        />{' '}
        Show hidden ({hiddenCount})
      </label>
    </div>
  )
}
