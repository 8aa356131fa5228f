// Exports (review, promotion case, bullets) are documents for people to read: with an
// encrypted journal the export bars say so once, calmly; with a plain one they say nothing.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useVault, type VaultStatus } from '../../../../renderer/src/data/vault'
import { platform } from '../../../../renderer/src/platform'
import { documentFilters, ExportPrivacyNote } from '../../../../renderer/src/features/backup'
import { ExportBar } from '../../../../renderer/src/features/review/ExportBar'
import { CaseExportBar } from '../../../../renderer/src/features/promotion/CaseExportBar'
import { PinnedActions } from '../../../../renderer/src/features/bullets/PinnedActions'

const NOTE = 'Exports are readable documents, not encrypted: keep them somewhere private.'

afterEach(() => {
  useVault.setState({ status: 'unknown' })
  vi.restoreAllMocks()
})

describe('the note that exports are not encrypted', () => {
  const cases: [VaultStatus, boolean][] = [
    ['unlocked', true],
    ['plain', false],
    ['locked', false],
    ['unknown', false],
  ]
  for (const [status, shown] of cases) {
    it(`${shown ? 'shows' : 'stays away'} when the journal is ${status}`, () => {
      useVault.setState({ status })
      render(<ExportPrivacyNote />)
      expect(screen.queryByText(NOTE) !== null).toBe(shown)
    })
  }

  it('sits by the review and promotion case export buttons of an encrypted journal', () => {
    useVault.setState({ status: 'unlocked' })
    render(<ExportBar review={null} period={null} />)
    render(<CaseExportBar promotionCase={null} />)
    expect(screen.getAllByText(NOTE)).toHaveLength(2)
  })

  it('follows the journal as it is encrypted', async () => {
    useVault.setState({ status: 'plain' })
    render(<ExportBar review={null} period={null} />)
    expect(screen.queryByText(NOTE)).toBeNull()
    useVault.setState({ status: 'unlocked' })
    expect(await screen.findByText(NOTE)).toBeInTheDocument()
  })

  it('ends the saved message of pinned bullets, only for an encrypted journal', async () => {
    vi.spyOn(platform, 'saveFile').mockResolvedValue({ saved: true, path: 'bullets.md' })
    const report = vi.fn()
    useVault.setState({ status: 'unlocked' })
    const { unmount } = render(
      <PinnedActions texts={['Cut the close by 2 days']} copy={() => {}} report={report} />,
    )
    await userEvent.click(screen.getByRole('button', { name: 'Export pinned as Markdown' }))
    expect(report).toHaveBeenLastCalledWith(`Saved 1 pinned bullet to bullets.md. ${NOTE}`)
    unmount()

    useVault.setState({ status: 'plain' })
    render(<PinnedActions texts={['Cut the close by 2 days']} copy={() => {}} report={report} />)
    await userEvent.click(screen.getByRole('button', { name: 'Export pinned as Markdown' }))
    expect(report).toHaveBeenLastCalledWith('Saved 1 pinned bullet to bullets.md.')
  })

  it("the save dialog's file types say the document is readable, only for an encrypted journal", async () => {
    const save = vi.spyOn(platform, 'saveFile').mockResolvedValue({ saved: true, path: 'b.md' })
    useVault.setState({ status: 'unlocked' })
    render(<PinnedActions texts={['Cut the close by 2 days']} copy={() => {}} report={() => {}} />)
    await userEvent.click(screen.getByRole('button', { name: 'Export pinned as Markdown' }))
    expect(save.mock.lastCall?.[2]).toEqual([
      { name: 'Markdown (readable, not encrypted)', extensions: ['md'] },
    ])
    useVault.setState({ status: 'plain' })
    expect(documentFilters([{ name: 'Word document', extensions: ['docx'] }])).toEqual([
      { name: 'Word document', extensions: ['docx'] },
    ])
  })
})
