// The Markdown renderer on demand: it and its parser are about a fifth of the code the app
// would otherwise evaluate at start, and nothing on the first screen needs them (the
// timeline's rows are plain text). Until it arrives, the notes show as written.
import { lazy, Suspense } from 'react'
import './components.css'

/** Fetches the renderer; the views' prefetch calls it in idle time, so opening an entry finds it. */
export const loadMarkdownView = () => import('./MarkdownView')

const Rendered = lazy(() => loadMarkdownView().then((m) => ({ default: m.MarkdownView })))

export function MarkdownView({ text }: { text: string }) {
  return (
    <Suspense fallback={<div className="markdown markdown-pending">{text}</div>}>
      <Rendered text={text} />
    </Suspense>
  )
}
