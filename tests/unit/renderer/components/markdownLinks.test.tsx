// Links in notes (issue 18): only https to a named public host is a link, it opens outside
// the app's window, and anything else is its plain text, never href="".
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { MarkdownView } from '../../../../renderer/src/components/MarkdownView'

describe('links in a note', () => {
  it('an https link to a public host opens in a new tab or the system browser, never in the app', () => {
    render(<MarkdownView text="See [the PMI handbook](https://www.pmi.org/certifications)." />)
    const link = screen.getByRole('link', { name: 'the PMI handbook' })
    expect(link).toHaveAttribute('href', 'https://www.pmi.org/certifications')
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
  })

  it.each([
    ['[run me](javascript:alert(1))', 'run me'],
    ['[router](https://192.168.1.1/admin)', 'router'],
    ['[loopback](https://127.0.0.1:8080/)', 'loopback'],
    ['[dev server](https://localhost/)', 'dev server'],
    ['[plain http](http://example.com/)', 'plain http'],
    ['[a file](file:///etc/passwd)', 'a file'],
  ])('%s is plain text, not a link and not href=""', (markdown, text) => {
    const { container } = render(<MarkdownView text={markdown} />)
    expect(screen.queryByRole('link')).toBeNull()
    expect(container.querySelector('[href]')).toBeNull()
    expect(container).toHaveTextContent(text)
  })
})
