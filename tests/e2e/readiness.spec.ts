// Readiness in browser mode: pick a role on first run, see a score from a few entries,
// and trace a competency's score back to the entry behind it.
import { expect, test } from '@playwright/test'
import type { Entry } from '../../shared/entry'
import { navButton, openView } from './support/app'
import { axeViolations } from './support/axe'
import { daysAgo } from './support/days'
import { startWithEntries } from './support/seed'

/** One entry of each kind in the last six weeks, the conversation with a follow-up due. */
function journal(): Entry[] {
  const stamp = new Date().toISOString()
  const base = { notes: '', people: [], tags: [], createdAt: stamp, updatedAt: stamp }
  return [
    {
      ...base,
      id: 'e2e-rd-win',
      kind: 'stakeholder-win',
      title: 'Rescued the billing migration',
      occurredOn: daysAgo(3),
      competencies: ['stakeholders', 'results'],
      metric: { value: 35, unit: '%', measure: 'fewer billing tickets' },
      stakeholder: { name: 'Maria Lopez', role: 'VP Finance', level: 'executive' },
      need: 'a billing migration without customer complaints',
      delivered: 'a parallel billing cycle',
      feedback: '"Smoothest cut-over in years."',
    },
    {
      ...base,
      id: 'e2e-rd-coach',
      kind: 'leadership-moment',
      title: 'Coached Sarah through her first steering committee',
      occurredOn: daysAgo(20),
      competencies: ['people'],
      situation: 'Sarah had never presented to the steering committee.',
      task: 'Get her ready without taking over.',
      action: 'Two rehearsals and a one-page brief.',
      result: 'She ran the meeting.',
      reflection: 'Start earlier next time.',
      mode: 'leader',
    },
    {
      ...base,
      id: 'e2e-rd-talk',
      kind: 'difficult-conversation',
      title: 'Told the vendor the deadline would not move',
      occurredOn: daysAgo(40),
      competencies: ['conflict'],
      counterpart: { name: 'Ivo', role: 'Vendor account manager', level: 'peer' },
      topic: 'Deadline',
      preparation: 'SBI outline',
      whatISaid: 'The date holds.',
      outcome: 'resolved',
      followUpOn: daysAgo(1),
      lesson: 'Say it early.',
      resumeWorthy: false,
    },
  ]
}

test('first run asks for a role, then a few entries give a score that can be traced to them', async ({
  page,
}) => {
  await startWithEntries(page, journal())
  await openView(page, 'Readiness')

  // First run: no target role yet.
  await expect(page.getByRole('heading', { name: 'Which role are you aiming for?' })).toBeVisible()
  await page.getByRole('radio', { name: /First-time people manager/ }).check()
  await page.getByRole('button', { name: 'Use this role' }).click()

  await expect(
    page.getByRole('heading', { name: 'Readiness for First-time people manager' }),
  ).toBeVisible()
  const score = page.getByLabel(/^Score \d+ out of 100$/)
  await expect(score).toBeVisible()
  expect(Number(await score.textContent())).toBeGreaterThan(0)
  await expect(page.getByText('Advice, not a verdict', { exact: false })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Follow-ups due' })).toContainText('1')

  // Which entries, which weights: the people competency comes from the coaching entry.
  await page.getByRole('button', { name: 'Developing people', exact: true }).click()
  const panel = page.getByRole('region', { name: /^Developing people: \d+ \/ 100 from 1 entry$/ })
  await expect(panel).toBeVisible()
  const entry = panel.getByRole('button', {
    name: 'Coached Sarah through her first steering committee',
  })
  await expect(entry).toBeVisible()
  await expect(page.getByRole('row', { name: /Developing people/ })).toContainText('22%')

  expect(await axeViolations(page, '#main')).toEqual([])
  await page.emulateMedia({ colorScheme: 'dark' })
  expect(await axeViolations(page, '#main')).toEqual([])
  await page.emulateMedia({ colorScheme: 'light' })

  await entry.click()
  await expect(navButton(page, 'Journal')).toHaveAttribute('aria-current', 'page')
})

test('the role can be changed in Settings and the dashboard follows', async ({ page }) => {
  await startWithEntries(page, journal())
  await openView(page, 'Settings')
  await page.getByRole('combobox', { name: 'Role you are aiming for' }).selectOption('PMO leader')
  await expect(page.getByRole('spinbutton', { name: 'Process and governance' })).toHaveValue('16')
  await openView(page, 'Readiness')
  await expect(page.getByRole('heading', { name: 'Readiness for PMO leader' })).toBeVisible()
})
