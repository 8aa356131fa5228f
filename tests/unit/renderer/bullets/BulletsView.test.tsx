import { configure, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../../renderer/src/data/db'
import { BulletsView } from '../../../../renderer/src/features/bullets/BulletsView'
import { useNavigation } from '../../../../renderer/src/app/navigation'
import { fixtureJournal } from '../../../fixtures/journal'

// Live queries settle slowly on a busy machine; wait longer for what the user would see.
configure({ asyncUtilTimeout: 5000 })

beforeEach(async () => {
  await Promise.all([db.entries.clear(), db.bulletEdits.clear(), db.settings.clear()])
  useNavigation.setState({ view: 'bullets', openEntryId: null, newEntry: null })
})

async function firstBullet() {
  return screen.findByRole('listitem', { name: 'Bullet 1' })
}

describe('BulletsView', () => {
  it('shows an empty state that leads to logging an entry', async () => {
    const user = userEvent.setup()
    render(<BulletsView />)
    await screen.findByText(/No bullets yet/)
    await user.click(screen.getByRole('button', { name: 'Log a leadership moment' }))
    expect(useNavigation.getState()).toMatchObject({
      view: 'journal',
      newEntry: { kind: 'leadership-moment' },
    })
  })

  it('lists ranked bullets with check badges, hints and a link to the entry', async () => {
    await db.entries.bulkPut(fixtureJournal)
    const user = userEvent.setup()
    render(<BulletsView />)
    const first = await firstBullet()
    expect(within(first).getByText(/Drafted a three-horizon roadmap/)).toBeInTheDocument()
    expect(within(first).getByText(/Strong verb/)).toHaveTextContent('✓ Strong verb (passes)')
    const coaching = screen
      .getAllByRole('listitem', { name: /^Bullet \d+$/ })
      .find((li) => /rehearsals/.test(li.textContent ?? ''))!
    expect(within(coaching).getByText(/No number/)).toHaveTextContent('✗ No number (fails)')
    expect(within(coaching).getByText(/Add a number: how much time/)).toBeVisible()
    await user.click(within(first).getByRole('button', { name: /Open entry: Set the 2027/ }))
    expect(useNavigation.getState()).toMatchObject({
      view: 'journal',
      openEntryId: 'fx-11-roadmap',
    })
  })

  it('hides names until share-safe is switched off', async () => {
    await db.entries.bulkPut(fixtureJournal)
    const user = userEvent.setup()
    render(<BulletsView />)
    await firstBullet()
    expect(screen.queryByText(/James Whitfield/)).not.toBeInTheDocument()
    await user.click(screen.getByRole('switch', { name: /Share-safe/ }))
    expect(await screen.findByText(/for James Whitfield by/)).toBeInTheDocument()
  })

  it('keeps an edit, checks it, and flags it when the entry changes', async () => {
    await db.entries.bulkPut(fixtureJournal)
    const user = userEvent.setup()
    render(<BulletsView />)
    const first = await firstBullet()
    await user.click(within(first).getByRole('button', { name: 'Edit' }))
    const box = within(first).getByRole('textbox', { name: 'Bullet text' })
    await user.clear(box)
    await user.type(box, 'I helped with the roadmap')
    expect(within(first).getByText(/Uses I\/we/)).toBeInTheDocument()
    await user.clear(box)
    await user.type(box, 'Set a 2027 roadmap for 12 projects that the COO approved')
    await user.click(within(first).getByRole('button', { name: 'Save bullet' }))
    await within(first).findByText('Edited')
    expect(
      within(first).getByText(/Set a 2027 roadmap for 12 projects/, { selector: 'p' }),
    ).toBeInTheDocument()

    const roadmap = fixtureJournal.find((e) => e.id === 'fx-11-roadmap')!
    await db.entries.put({ ...roadmap, updatedAt: '2026-11-16T09:00:00.000Z' })
    expect(
      await within(first).findByText(/Entry changed since you edited this/),
    ).toBeInTheDocument()
    await user.click(within(first).getByRole('button', { name: 'Keep my text' }))
    await screen.findByText('Kept your text.')
    expect(within(first).queryByText(/Entry changed since/)).not.toBeInTheDocument()
    expect(within(first).getByText(/Set a 2027 roadmap for 12 projects/)).toBeInTheDocument()
  })

  it('pins, hides, and copies with a visible confirmation', async () => {
    await db.entries.bulkPut(fixtureJournal)
    const writeText = vi.fn(() => Promise.resolve())
    const user = userEvent.setup()
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    render(<BulletsView />)
    const first = await firstBullet()
    await user.click(within(first).getByRole('button', { name: 'Copy' }))
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/^Drafted a three-horizon/))
    expect(await screen.findByText('Copied bullet 1 to the clipboard.')).toBeInTheDocument()

    await user.click(within(first).getByRole('button', { name: 'Pin' }))
    await screen.findByText('1 pinned')
    await user.click(screen.getByRole('button', { name: 'Copy pinned' }))
    expect(writeText).toHaveBeenLastCalledWith(expect.stringMatching(/^• Drafted a three-horizon/))

    const second = screen.getByRole('listitem', { name: 'Bullet 2' })
    const text = second.querySelector('.bullet-text')!.textContent!
    await user.click(within(second).getByRole('button', { name: 'Hide' }))
    await screen.findByText('Show hidden (1)')
    expect(screen.queryByText(text)).not.toBeInTheDocument()
    await user.click(screen.getByRole('checkbox', { name: /Show hidden/ }))
    expect(await screen.findByText(text)).toBeInTheDocument()
  })

  it('filters by competency and period', async () => {
    await db.entries.bulkPut(fixtureJournal)
    const user = userEvent.setup()
    render(<BulletsView />)
    await firstBullet()
    await user.selectOptions(screen.getByLabelText('Competency'), 'growth')
    expect(screen.getAllByRole('listitem', { name: /^Bullet \d+$/ })).toHaveLength(1)
    expect(screen.getByText(/Passed the PMP exam on the first attempt by/)).toBeInTheDocument()
    await user.selectOptions(screen.getByLabelText('Competency'), '')
    await user.selectOptions(screen.getByLabelText('Period'), 'custom')
    await user.type(screen.getByLabelText('From'), '2026-07-01')
    await user.type(screen.getByLabelText('To'), '2026-09-30')
    await screen.findByText(/tracing the failures/)
    expect(screen.getAllByRole('listitem', { name: /^Bullet \d+$/ })).toHaveLength(3)
  })
})
