// Notes render GitHub-flavoured Markdown, and stay as safe as before.
import { describe, expect, it } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import { MarkdownView } from '../../../../renderer/src/components/MarkdownView'
import { sampleJournal } from '../../../../shared/entry'

describe('MarkdownView', () => {
  it('renders a table as a table, with header cells and aligned columns', () => {
    render(
      <MarkdownView
        text={'| item | seats paid |\n| --- | ---: |\n| CRM | 420 |\n| BI tool | 150 |'}
      />,
    )
    const table = screen.getByRole('table')
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['item', 'seats paid'])
    const rows = within(table).getAllByRole('row')
    expect(rows).toHaveLength(3)
    expect(within(rows[1]!).getByRole('cell', { name: '420' })).toHaveStyle({
      textAlign: 'right',
    })
    expect(table).not.toHaveTextContent('|')
  })

  it('renders a task list with boxes that show what is done and cannot be changed', () => {
    render(<MarkdownView text={'- [x] Book the room\n- [ ] Send the agenda'} />)
    const done = screen.getByRole('checkbox', { name: 'Done' })
    const open = screen.getByRole('checkbox', { name: 'Not done' })
    expect(done).toBeChecked()
    expect(open).not.toBeChecked()
    expect(done).toBeDisabled()
    expect(screen.getByRole('list')).toHaveTextContent('Book the room')
    expect(screen.getByRole('list')).not.toHaveTextContent('[x]')
  })

  it('renders strikethrough and bare web addresses', () => {
    const { container } = render(
      <MarkdownView text={'~~old plan~~ new plan, see www.example.com'} />,
    )
    expect(container.querySelector('del')).toHaveTextContent('old plan')
    expect(screen.getByRole('link', { name: 'www.example.com' })).toHaveAttribute(
      'href',
      // Upgraded: only https leaves the app (issue 18).
      'https://www.example.com',
    )
  })

  it('still drops raw HTML and images, and never keeps a javascript: link', () => {
    const { container } = render(
      <MarkdownView
        text={
          '<b>raw</b> text\n\n![chart](https://example.com/chart.png)\n\n[click](javascript:alert(1))'
        }
      />,
    )
    expect(container.querySelector('b')).toBeNull()
    expect(container.querySelector('img')).toBeNull()
    const link = screen.getByText('click').closest('a')
    expect(link?.getAttribute('href') ?? '').not.toMatch(/javascript/i)
  })

  it('renders the sample journal’s licence table as a table', () => {
    const withTable = sampleJournal('2026-11-15').find((e) => e.notes.includes('| --- |'))
    expect(withTable).toBeDefined()
    render(<MarkdownView text={withTable!.notes} />)
    const table = screen.getByRole('table')
    expect(within(table).getByRole('cell', { name: 'CRM' })).toBeInTheDocument()
  })
})
