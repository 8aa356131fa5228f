import { RoleSettings } from '../readiness'
import { FiscalYearSettings } from '../review'
import { BackupSettings } from '../backup'
import { PrivacySettings } from '../privacy'
import { ReminderSettings } from '../habit'
import { CaptureSettings } from '../capture'
import { ImportSection } from '../import'
import { PeopleSettings } from './PeopleSettings'

/** Settings gathers one section from each feature that has something to set. */
export function SettingsView() {
  return (
    <section aria-labelledby="settings-title" className="settings">
      <h1 id="settings-title">Settings</h1>
      <RoleSettings />
      <FiscalYearSettings />
      <ReminderSettings />
      <CaptureSettings />
      <PeopleSettings />
      <PrivacySettings />
      <ImportSection />
      <BackupSettings />
    </section>
  )
}
