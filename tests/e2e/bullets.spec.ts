// Bullets in browser mode: entries become ranked bullets with visible checks; an edit
// survives a reload; pinned bullets export through the platform seam (a download here).
import { expect, test, type Page } from '@playwright/test'
import { localIsoDate } from '../../shared/time'
import type { Entry } from '../../shared/entry'
import { generateJournal } from '../fixtures/generateJournal'
import { navButton, openView } from './support/app'
import { axeViolations } from './support/axe'
import { daysAgo } from './support/days'
import { startWithEntries } from './support/seed'

/** A moment with a number, a win with a stakeholder, and a conversation not marked for a resume. */
function journal(): Entry[] {
  const stamp = new Date().toISOString()
  const base = { notes: 'Private notes.', tags: [], createdAt: stamp, updatedAt: stamp }
  return [
    {
      ...base,
      id: 'e2e-bl-close',
      kind: 'leadership-moment',
      title: 'Redesigned the month-end close',
      occurredOn: daysAgo(10),
      competencies: ['results', 'process'],
      people: [{ name: 'Ana Souza', role: 'Business analyst', level: 'team' }],
      metric: { value: 18, unit: '%', measure: 'faster month-end close' },
      situation: 'The close took 11 days.',
      task: 'Fix it for good.',
      action:
        'I mapped the close process with Ana, removed 6 manual hand-offs and automated the reconciliation checks',
      result: 'The close went from 11 to 9 days',
      reflection: 'Involve the auditors earlier.',
      mode: 'leader',
    },
    {
      ...base,
      id: 'e2e-bl-win',
      kind: 'stakeholder-win',
      title: 'Board pack for the ERP programme',
      occurredOn: daysAgo(30),
      competencies: ['communication', 'stakeholders'],
      people: [],
      stakeholder: { name: 'Maria Lopez', role: 'VP Finance', level: 'executive' },
      need: 'a one-page view of programme risk',
      delivered: 'rewrote the programme status into a one-page risk summary for Maria',
      feedback: '"The board approved all three decisions." (Maria)',
    },
    {
      ...base,
      id: 'e2e-bl-talk',
      kind: 'difficult-conversation',
      title: 'Missed commitments',
      occurredOn: daysAgo(5),
      competencies: ['conflict'],
      people: [],
      counterpart: { name: 'Tom Becker', role: 'Senior developer', level: 'team' },
      topic: 'Three missed sprint commitments',
      preparation: 'SBI outline',
      whatISaid: 'What is getting in the way?',
      outcome: 'resolved',
      lesson: 'Ask first.',
      resumeWorthy: false,
    },
  ]
}

async function openBullets(page: Page) {
  await openView(page, 'Bullets')
  await expect(page.getByRole('heading', { name: 'Bullets', level: 1 })).toBeVisible()
}

test('entries become ranked bullets with badges; an edit survives a reload', async ({ page }) => {
  await startWithEntries(page, journal())
  await openBullets(page)

  const list = page.getByRole('list', { name: 'Ranked bullets' })
  const first = list.getByRole('listitem', { name: 'Bullet 1' })
  // Result first, the person described in words (share-safe), never "(team)".
  await expect(first).toContainText(
    'Accelerated the month-end close 18% by mapping the close process with a business analyst on the team, removing 6 manual hand-offs and automating the reconciliation checks',
  )
  await expect(first.getByRole('listitem').filter({ hasText: 'Strong verb' })).toHaveText(
    '✓ Strong verb (passes)',
  )
  // Share-safe by default: no names, and the unmarked conversation is not offered.
  await expect(list).not.toContainText('Ana')
  await expect(list).not.toContainText('Maria')
  await expect(list.getByRole('listitem', { name: /^Bullet \d+$/ })).toHaveCount(2)
  const second = list.getByRole('listitem', { name: 'Bullet 2' })
  await expect(second).toContainText('✗ No number (fails)')
  await expect(second).toContainText('Add a number: how much time, money or how many people?')

  await page.screenshot({ path: '/tmp/bullets-list.png', fullPage: true })
  expect(await axeViolations(page, '#main')).toEqual([])
  await page.emulateMedia({ colorScheme: 'dark' })
  expect(await axeViolations(page, '#main')).toEqual([])
  await page.screenshot({ path: '/tmp/bullets-dark.png', fullPage: true })
  await page.emulateMedia({ colorScheme: 'light' })

  // Edit in place; the checks follow the user's text.
  await second.getByRole('button', { name: 'Edit' }).click()
  const box = second.getByRole('textbox', { name: 'Bullet text' })
  await box.fill(
    'Rewrote the ERP programme status into a one-page risk summary for 3 board decisions',
  )
  await expect(second).toContainText('The number 3 is not in the entry')
  await box.fill(
    'Rewrote the ERP programme status into a one-page board risk summary for the VP Finance',
  )
  await second.getByRole('button', { name: 'Save bullet' }).click()
  await expect(second.getByText('Edited', { exact: true })).toBeVisible()
  await second.getByRole('button', { name: 'Pin' }).click()
  await expect(page.getByText('1 pinned')).toBeVisible()

  await page.reload()
  await openBullets(page)
  const kept = page
    .getByRole('list', { name: 'Ranked bullets' })
    .getByRole('listitem')
    .filter({ hasText: 'one-page board risk summary for the VP Finance' })
  await expect(kept).toContainText('Edited')
  await expect(kept).toContainText('Pinned')
  await page.screenshot({ path: '/tmp/bullets-edited.png', fullPage: true })

  // Export the pinned bullet as Markdown: in the browser the platform downloads it.
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export pinned as Markdown' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^leadlog-bullets-\d{4}-\d{2}-\d{2}\.md$/)
  const text = await (
    await file.createReadStream()
  )
    .toArray()
    .then((chunks) => Buffer.concat(chunks).toString('utf8'))
  expect(text).toBe(
    '# Resume bullets\n\n- Rewrote the ERP programme status into a one-page board risk summary for the VP Finance\n',
  )

  // The link goes to the entry in the journal.
  await kept.getByRole('button', { name: /Open entry: Board pack/ }).click()
  await expect(navButton(page, 'Journal')).toHaveAttribute('aria-current', 'page')
})

test('the sample journal gives a ranked list where every bullet passes the writing rules', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Load sample journal' }).click()
  await expect(page.getByRole('button', { name: 'Load sample journal' })).toBeHidden()
  await openBullets(page)
  const bullets = page
    .getByRole('list', { name: 'Ranked bullets' })
    .getByRole('listitem', { name: /^Bullet \d+$/ })
  await expect(bullets.first()).toBeVisible()
  const count = await bullets.count()
  expect(count).toBeGreaterThanOrEqual(10)
  for (const rule of ['Strong verb', 'No I/we', 'No names']) {
    await expect(page.getByText(`✓ ${rule} (passes)`, { exact: true })).toHaveCount(count)
  }
  await page.screenshot({ path: '/tmp/bullets-sample.png', fullPage: true })
})

test('a large journal shows its strongest bullets a page at a time', async ({ page }) => {
  const entries = generateJournal({ count: 3_000, asOf: localIsoDate(new Date()), seed: 8 })
  await startWithEntries(page, entries)
  await openBullets(page)
  const bullets = page
    .getByRole('list', { name: 'Ranked bullets' })
    .getByRole('listitem', { name: /^Bullet \d+$/ })
  await expect(bullets).toHaveCount(50)
  await expect(bullets.first()).toHaveAccessibleName('Bullet 1')
  await page.getByRole('button', { name: 'Show more bullets' }).click()
  await expect(bullets).toHaveCount(100)
  await expect(bullets.last()).toHaveAccessibleName('Bullet 100')
})
