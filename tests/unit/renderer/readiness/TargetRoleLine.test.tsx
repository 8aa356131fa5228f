// Settings › Target role before a role is chosen: it says which role is used meanwhile,
// and a "choose yours in Settings" link from another view lands on the select.
import { beforeEach, describe, expect, it } from 'vitest'
import { configure, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { db } from '../../../../renderer/src/data/db'
import { useNavigation } from '../../../../renderer/src/app/navigation'
import { RoleSettings } from '../../../../renderer/src/features/readiness/RoleSettings'
import { TargetRoleLine } from '../../../../renderer/src/features/readiness/TargetRoleLine'

configure({ asyncUtilTimeout: 5000 })

const initialNav = useNavigation.getState()

beforeEach(async () => {
  await db.settings.clear()
  useNavigation.setState(initialNav, true)
})

describe('the default role in Settings', () => {
  it('says the default is used until a role is chosen', async () => {
    render(<RoleSettings />)
    const select = await screen.findByRole('combobox', { name: 'Role you are aiming for' })
    expect(select).toHaveDisplayValue('Choose a role…')
    expect(select).toHaveAccessibleDescription(
      'Readiness, bullets, the review and the promotion case are weighed for this role. Until you choose one, they use Director of Operations, the default.',
    )
  })

  it('focuses the role select when reached through “choose yours in Settings”', async () => {
    const user = userEvent.setup()
    const { unmount } = render(<TargetRoleLine role={null} />)
    await user.click(screen.getByRole('button', { name: 'choose yours in Settings' }))
    expect(useNavigation.getState().view).toBe('settings')
    unmount()
    render(<RoleSettings />)
    const select = await screen.findByRole('combobox', { name: 'Role you are aiming for' })
    // Focus moves in an effect after the select is on the page; a busy machine shows the gap.
    await waitFor(() => expect(select).toHaveFocus())
  })

  it('does not take focus when opened in the ordinary way', async () => {
    render(<RoleSettings />)
    expect(
      await screen.findByRole('combobox', { name: 'Role you are aiming for' }),
    ).not.toHaveFocus()
  })

  it('names a chosen role with no mention of a default', () => {
    render(<TargetRoleLine role="pmo-lead" lead="Ranked for" />)
    expect(screen.getByText(/^Ranked for/)).toHaveTextContent(/^Ranked for PMO leader$/)
  })
})
