// "Export the review" from the palette. The Review view's own Export buttons make the
// file, so what is saved is exactly what the Review shows (its period, share-safe, the
// sections, the user's words): the command opens the view, waits until the button is
// ready (the review is built once the journal has loaded) and presses it. The Review's
// status line then tells the outcome, as it does for a click.

export const REVIEW_FORMATS = [
  { id: 'md', label: 'Markdown' },
  { id: 'pdf', label: 'PDF' },
  { id: 'docx', label: 'DOCX' },
  { id: 'json', label: 'JSON' },
] as const
export type ReviewFormat = (typeof REVIEW_FORMATS)[number]['id']

/** How long the review may take to be ready before the command gives up and says so. */
const READY_TIMEOUT_MS = 15_000

function findButton(label: string): HTMLButtonElement | undefined {
  const buttons = document.querySelectorAll<HTMLButtonElement>(
    'section[aria-labelledby="review-title"] [role="group"][aria-label="Export"] button',
  )
  return [...buttons].find((b) => b.textContent?.trim() === `Export ${label}`)
}

/**
 * Presses the Review's "Export <label>" button as soon as it is there and enabled. Settles
 * with nothing once pressed, or with a sentence when the review never became ready.
 */
export function pressReviewExport(
  label: string,
  timeoutMs = READY_TIMEOUT_MS,
): Promise<string | void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => void press())
    const timer = window.setTimeout(() => {
      observer.disconnect()
      resolve(`The review is not ready to export yet. Use its Export ${label} button when it is.`)
    }, timeoutMs)
    function press(): boolean {
      const button = findButton(label)
      if (!button || button.disabled) return false
      observer.disconnect()
      window.clearTimeout(timer)
      button.click()
      resolve()
      return true
    }
    if (!press()) {
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['disabled'],
      })
    }
  })
}
