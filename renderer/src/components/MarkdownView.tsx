// Renders a user's Markdown notes, GitHub-flavoured: tables, task lists, strikethrough
// and bare web addresses as links. Raw HTML is dropped, never rendered; images are not
// fetched; link addresses pass react-markdown's own check (no javascript: and the like),
// and links open nowhere inside the app (the window's guards block navigation anyway).
import Markdown, { type Components } from 'react-markdown'
import remarkGfm from 'remark-gfm'
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

const COMPONENTS: Components = {
  input: ({ type, checked }) => (type === 'checkbox' ? <TaskBox checked={checked} /> : null),
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
