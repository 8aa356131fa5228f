// Bullets are ranked for the target role; until the user chooses one, the view says the
// ranking uses the default and leads to the choice.
import { configure, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../../renderer/src/data/db'
import { updateSettings } from '../../../../renderer/src/data/settings'
import { BulletsView } from '../../../../renderer/src/features/bullets/BulletsView'
import { useNavigation } from '../../../../renderer/src/app/navigation'
import { fixtureJournal } from '../../../fixtures/journal'

configure({ asyncUtilTimeout: 5000 })

beforeEach(async () => {
  await Promise.all([db.entries.clear(), db.bulletEdits.clear(), db.settings.clear()])
  await db.entries.bulkPut(fixtureJournal)
  useNavigation.setState({ view: 'bullets', openEntryId: null, newEntry: null })
})

describe('the role bullets are ranked for', () => {
  it('is said to be the default until the user chooses one', async () => {
    render(<BulletsView />)
    const line = await screen.findByText(/^Ranked for/)
    expect(line).toHaveTextContent(
      'Ranked for Director of Operations (the default — choose yours in Settings)',
    )
    await userEvent.click(screen.getByRole('button', { name: 'choose yours in Settings' }))
    expect(useNavigation.getState().view).toBe('settings')
  })

  it('is the chosen role, plainly, once there is one', async () => {
    await updateSettings({ targetRole: 'people-manager' })
    render(<BulletsView />)
    expect(await screen.findByText(/^Ranked for/)).toHaveTextContent(
      'Ranked for First-time people manager',
    )
    expect(screen.queryByText(/the default/)).toBeNull()
  })
})
