// Settings › People: the user sets how a colleague is described once, and the review's
// share-safe preview says exactly that, with no name.
import { expect, test } from '@playwright/test'
import type { Entry } from '../../shared/entry'
import { localIsoDate } from '../../shared/time'
import { openView } from './support/app'
import { axeViolations } from './support/axe'
import { startWithEntries } from './support/seed'

const maria = { name: 'Maria Lopez', role: 'VP Finance', level: 'executive' } as const
const liam = { name: 'Liam Byrne', role: 'Business analyst', level: 'team' } as const

function journal(): Entry[] {
  const today = localIsoDate(new Date())
  const stamp = new Date().toISOString()
  const base = { tags: [], createdAt: stamp, updatedAt: stamp, occurredOn: today }
  return [
    {
      ...base,
      id: 'e2e-people-win',
      kind: 'stakeholder-win',
      title: 'Rescued the billing migration for Maria',
      notes: "Maria's team logged no tickets; Liam ran the reconciliation.",
      competencies: ['stakeholders'],
      people: [liam],
      stakeholder: maria,
      need: 'a billing migration without complaints',
      delivered: 'a parallel billing cycle',
      feedback: '"Smoothest cut-over in years," said Maria.',
    },
    {
      ...base,
      id: 'e2e-people-moment',
      kind: 'leadership-moment',
      title: 'Coached Liam to lead his first workshop',
      notes: '',
      competencies: ['people'],
      people: [liam],
      situation: 'Liam had never run a workshop.',
      task: '',
      action: 'Rehearsed the opening with Liam',
      result: 'Liam ran it alone',
      reflection: '',
      mode: 'leader',
    },
  ]
}

test('a "describe as" set in Settings is what the share-safe review says', async ({ page }) => {
  await startWithEntries(page, journal())
  await openView(page, 'Settings')
  const panel = page.getByRole('region', { name: 'People' })
  const row = panel.getByRole('row', { name: /Liam Byrne/ })
  await expect(row).toContainText('Business analyst · team')
  await expect(row).toContainText('“a business analyst on my team”')
  await expect(panel.getByRole('row', { name: /Maria Lopez/ })).toContainText('“the VP Finance”')
  expect(await axeViolations(page, '#main')).toEqual([])

  const input = panel.getByRole('textbox', { name: 'Describe Liam Byrne as' })
  await expect(input).toHaveAttribute('placeholder', 'a business analyst on my team')
  await input.fill('a new analyst I mentor')
  await input.press('Enter')
  await expect(panel.getByRole('status')).toHaveText(
    'Liam Byrne is now described as “a new analyst I mentor” (2 entries updated).',
  )
  await expect(row).toContainText('“a new analyst I mentor”')
  if (process.env.PEOPLE_SCREENSHOTS) {
    await panel.screenshot({ path: '/tmp/people-panel.png' })
  }

  await openView(page, 'Review')
  await expect(page.getByRole('switch', { name: 'Share-safe' })).toBeChecked()
  const preview = page.frameLocator('iframe[title^="Preview"]')
  await expect(preview.getByText(/a new analyst I mentor/i).first()).toBeVisible()
  const text = (await preview.locator('body').textContent()) ?? ''
  expect(text).toContain('a new analyst I mentor')
  expect(text).not.toMatch(/Liam|Byrne|Maria|Lopez/)
  expect(text).not.toMatch(/\((?:team|peer|senior|executive)\)/i)
})
