// Renders a user's Markdown notes. Raw HTML is dropped, never rendered, and links
// open nowhere inside the app (the window's guards block navigation anyway).
import Markdown from 'react-markdown'
import './components.css'

export function MarkdownView({ text }: { text: string }) {
  return (
    <div className="markdown">
      <Markdown skipHtml disallowedElements={['img']} unwrapDisallowed>
        {text}
      </Markdown>
    </div>
  )
}
