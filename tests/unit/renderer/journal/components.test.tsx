// Shared presentational pieces: Markdown without raw HTML, highlighted matches, the
// confirmation dialog's keyboard behaviour and the toast's action.
import { describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MarkdownView } from '../../../../renderer/src/components/MarkdownView'
import { Highlight } from '../../../../renderer/src/components/Highlight'
import { ConfirmDialog } from '../../../../renderer/src/components/Dialog'
import { Toast } from '../../../../renderer/src/components/Toast'

describe('MarkdownView', () => {
  it('renders Markdown and drops raw HTML', () => {
    const { container } = render(
      <MarkdownView
        text={'**Bold** move\n\n<img src=x onerror="alert(1)"><script>alert(1)</script>\n\n- one'}
      />,
    )
    expect(container.querySelector('strong')).toHaveTextContent('Bold')
    expect(container.querySelector('li')).toHaveTextContent('one')
    expect(container.querySelector('img, script')).toBeNull()
  })
})

describe('Highlight', () => {
  it('marks every matched term, whatever its case', () => {
    const { container } = render(
      <Highlight text="Budget review: the budgeting cycle" terms={['budget']} />,
    )
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'Budget',
      'budget',
    ])
    expect(container).toHaveTextContent('Budget review: the budgeting cycle')
  })

  it('treats terms as text, not patterns', () => {
    const { container } = render(
      <Highlight text="Cost (estimate) +5%" terms={['(estimate)', '+5%']} />,
    )
    expect(container.querySelectorAll('mark')).toHaveLength(2)
  })
})

describe('ConfirmDialog', () => {
  it('starts on Cancel, keeps Tab inside and cancels on Escape', async () => {
    const user = userEvent.setup()
    const onCancel = vi.fn()
    const onConfirm = vi.fn()
    render(
      <ConfirmDialog
        title="Delete for good?"
        confirmLabel="Delete"
        onCancel={onCancel}
        onConfirm={onConfirm}
      >
        <p>This cannot be undone.</p>
      </ConfirmDialog>,
    )
    const dialog = screen.getByRole('alertdialog', { name: 'Delete for good?' })
    expect(dialog).toHaveAccessibleDescription('This cannot be undone.')
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(onCancel).toHaveBeenCalledTimes(1)
    expect(onConfirm).not.toHaveBeenCalled()
  })
})

describe('Toast', () => {
  it('runs its action once and goes away', async () => {
    const user = userEvent.setup()
    const onAction = vi.fn()
    const onDismiss = vi.fn()
    render(
      <Toast
        message="Moved to the trash"
        actionLabel="Undo"
        onAction={onAction}
        onDismiss={onDismiss}
      />,
    )
    expect(screen.getByRole('status')).toHaveTextContent('Moved to the trash')
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(onAction).toHaveBeenCalledTimes(1)
    expect(onDismiss).toHaveBeenCalledTimes(1)
  })
})
