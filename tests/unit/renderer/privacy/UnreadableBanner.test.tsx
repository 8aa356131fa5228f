// The banner naming records that would not open, with its plural forms right.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { act, render, screen } from '@testing-library/react'
import { UnreadableBanner } from '../../../../renderer/src/features/privacy'
import { describeUnreadable } from '../../../../renderer/src/features/privacy/unreadableMessage'
import { resetVault, useVault } from './vaultMock'

vi.mock('../../../../renderer/src/data/vault', () => import('./vaultMock'))
vi.mock('../../../../renderer/src/data/settings', () => import('./settingsMock'))
vi.mock('../../../../shared/crypto', () => import('./cryptoMock'))

const entry = (id: string, label: string) => ({ table: 'entries', id, label })

beforeEach(() => resetVault('unlocked'))

describe('UnreadableBanner', () => {
  it('is absent while every record opens, and names one that does not', () => {
    render(<UnreadableBanner />)
    expect(screen.queryByRole('alert')).toBeNull()
    act(() =>
      useVault.setState({
        unreadable: { entries: [entry('a', 'the difficult conversation of 14 Mar 2026')] },
      }),
    )
    expect(screen.getByRole('alert')).toHaveTextContent(
      '1 entry could not be opened: the difficult conversation of 14 Mar 2026. It was changed outside Leadlog or is damaged; it is kept as it is and nothing else is affected.',
    )
  })
})

describe('describeUnreadable', () => {
  it('speaks of several in the plural and lists at most three', () => {
    const labels = ['the win of 2 Jan 2026', 'the moment of 3 Jan 2026', 'the win of 4 Jan 2026']
    const three = labels.map((label, i) => entry(String(i), label))
    expect(describeUnreadable(three.slice(0, 2), 'en-GB')).toBe(
      '2 entries could not be opened: the win of 2 Jan 2026 and the moment of 3 Jan 2026. They were changed outside Leadlog or are damaged; they are kept as they are and nothing else is affected.',
    )
    const many = [...three, entry('x', 'the win of 5 Jan 2026'), entry('y', 'the win of 6')]
    expect(describeUnreadable(many, 'en-GB')).toMatch(
      /^5 entries could not be opened: the win of 2 Jan 2026, the moment of 3 Jan 2026, the win of 4 Jan 2026 and 2 more\. They were/,
    )
  })

  it('calls records of other tables records', () => {
    expect(
      describeUnreadable([{ table: 'settings', id: 'app', label: 'your settings' }], 'en-GB'),
    ).toMatch(/^1 record could not be opened: your settings\. It was/)
    expect(describeUnreadable([], 'en-GB')).toBeNull()
  })
})
