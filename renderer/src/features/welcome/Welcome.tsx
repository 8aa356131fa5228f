// First run: two questions, each skippable and changeable later in Settings: the role the
// user is working towards and when their company's year starts. It sits on top of the
// journal's empty state rather than in front of the app, so the first entry and the
// sample journal stay one click away throughout. Finishing or skipping records
// `welcomedAt`, and it is not asked again.
import { useState } from 'react'
import { ROLE_BY_ID, type RoleId } from '../../../../shared/entry'
import { updateSettings, useSettings } from '../../data/settings'
import { describeWriteError } from '../../data/writeErrors'
import { MONTHS } from '../../../../shared/format'
import { RoleStep } from './RoleStep'
import { YearStep } from './YearStep'
import './welcome.css'

interface Props {
  /** Called once the welcome is recorded as done, with a sentence saying what was kept. */
  onFinished(summary: string): void
}

/** What the welcome kept, in one sentence for the status line that follows it. */
export function finishedSummary(role: RoleId | null, month: number | null): string {
  const parts = [
    role && `you are working towards ${ROLE_BY_ID[role].name}`,
    month && `your year starts in ${MONTHS[month - 1]}`,
  ].filter(Boolean)
  return parts.length > 0
    ? `Saved: ${parts.join(', and ')}. You can change ${parts.length > 1 ? 'either' : 'it'} in Settings.`
    : 'You can choose your target role and when your year starts in Settings at any time.'
}

export function Welcome({ onFinished }: Props) {
  const settings = useSettings()
  const [step, setStep] = useState<'role' | 'year'>('role')
  const [role, setRole] = useState<RoleId | null>(null)
  const [error, setError] = useState<string | null>(null)
  if (!settings || settings.welcomedAt) return null

  async function save(change: Parameters<typeof updateSettings>[0]): Promise<boolean> {
    setError(null)
    try {
      await updateSettings(change)
      return true
    } catch (e) {
      setError(describeWriteError(e))
      return false
    }
  }

  async function chooseRole(chosen: RoleId | null) {
    // A new role starts from its own preset, as in Settings.
    if (chosen && !(await save({ targetRole: chosen, customWeights: undefined }))) return
    setRole(chosen)
    setStep('year')
  }

  async function finish(month: number | null) {
    const welcomedAt = new Date().toISOString()
    const change = month ? { fiscalYearStartMonth: month, welcomedAt } : { welcomedAt }
    if (await save(change)) onFinished(finishedSummary(role, month))
  }

  return (
    <section className="card welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">Welcome to Leadlog</h2>
      <p className="hint">
        Two quick questions so the journal fits your situation. Skip either; you can change both in
        Settings later.
      </p>
      <p className="welcome-progress">Question {step === 'role' ? 1 : 2} of 2</p>
      {step === 'role' ? (
        <RoleStep
          initial={settings.targetRole}
          onChoose={(chosen) => void chooseRole(chosen)}
          onSkip={() => void chooseRole(null)}
        />
      ) : (
        <YearStep
          initial={settings.fiscalYearStartMonth}
          onChoose={(month) => void finish(month)}
          onSkip={() => void finish(null)}
        />
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}
