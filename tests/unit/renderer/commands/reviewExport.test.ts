// "Export the review" presses the Review's own button once it is there and enabled, so
// the file is the one the Review would save; it says so when the review never gets ready.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { pressReviewExport } from '../../../../renderer/src/features/commands/reviewExport'

function reviewWith(disabled: boolean) {
  document.body.innerHTML = `
    <section aria-labelledby="review-title">
      <h1 id="review-title">Review</h1>
      <div role="group" aria-label="Export">
        <button type="button">Export Markdown</button>
        <button type="button" ${disabled ? 'disabled' : ''}>Export PDF</button>
      </div>
    </section>`
  const button = [...document.querySelectorAll('button')].find(
    (b) => b.textContent === 'Export PDF',
  )!
  const clicked = vi.fn()
  button.addEventListener('click', clicked)
  return { button, clicked }
}

afterEach(() => {
  document.body.innerHTML = ''
  vi.useRealTimers()
})

describe('pressReviewExport', () => {
  it('presses the button at once when it is ready', async () => {
    const { clicked } = reviewWith(false)
    await expect(pressReviewExport('PDF')).resolves.toBeUndefined()
    expect(clicked).toHaveBeenCalledTimes(1)
  })

  it('waits for the view to appear and the button to be enabled', async () => {
    const pressed = pressReviewExport('PDF')
    const { button, clicked } = reviewWith(true)
    await Promise.resolve()
    expect(clicked).not.toHaveBeenCalled()
    button.disabled = false
    await expect(pressed).resolves.toBeUndefined()
    expect(clicked).toHaveBeenCalledTimes(1)
  })

  it('gives up with a sentence when the review never gets ready', async () => {
    vi.useFakeTimers()
    const { clicked } = reviewWith(true)
    const pressed = pressReviewExport('PDF', 1000)
    vi.advanceTimersByTime(1000)
    await expect(pressed).resolves.toMatch(/not ready to export yet/)
    expect(clicked).not.toHaveBeenCalled()
  })
})
