// Renders a user's Markdown notes, GitHub-flavoured: tables, task lists, strikethrough
// and bare web addresses as links. Raw HTML is dropped, never rendered; images are not
// fetched. A link is a link only when it is https to a named public host
// (isSafeExternalUrl: no javascript:, no IP addresses, no localhost); anything else is
// its plain text, never href="" (which would reload the app). A link opens outside the
// app's window: target=_blank reaches the desktop's window-open guard, which asks before
// handing it to the system browser, and is a new tab in the browser build.
import Markdown, { type Components } from 'react-markdown'
import remarkGfm from 'remark-gfm'
import { isSafeExternalUrl } from '../../../shared/ipc'
import './components.css'

// Made once: a new plugin list on every render would re-create the processor.
const PLUGINS = [remarkGfm]

/** A task's box shows whether it is done; it is not a control, and it says so. */
function TaskBox({ checked }: { checked?: boolean | undefined }) {
  return (
    <input
      type="checkbox"
      checked={Boolean(checked)}
      disabled
      readOnly
      aria-label={checked ? 'Done' : 'Not done'}
    />
  )
}

/** GFM turns a bare www.example.com into http://; the app only lets https leave. */
function upgraded(href: string | undefined): string | undefined {
  return href?.startsWith('http://www.') ? `https://${href.slice('http://'.length)}` : href
}

const COMPONENTS: Components = {
  input: ({ type, checked }) => (type === 'checkbox' ? <TaskBox checked={checked} /> : null),
  a: ({ href: written, children }) => {
    const href = upgraded(written)
    return href && isSafeExternalUrl(href) ? (
      <a
        href={href}
        target="_blank"
        rel="noopener noreferrer"
        title={`${href} (opens outside Leadlog)`}
      >
        {children}
      </a>
    ) : (
      <span className="markdown-stripped-link">{children}</span>
    )
  },
}

export function MarkdownView({ text }: { text: string }) {
  return (
    <div className="markdown">
      <Markdown
        remarkPlugins={PLUGINS}
        components={COMPONENTS}
        skipHtml
        disallowedElements={['img']}
        unwrapDisallowed
      >
        {text}
      </Markdown>
    </div>
  )
}
