// Shows a document's exact exported HTML. `sandbox=""` gives the frame no scripts, no
// forms, no navigation and a unique origin, so nothing in an entry can run here.
interface Props {
  html: string
  title: string
  className?: string
}

/** A short fingerprint of the page (FNV-1a), to tell one version from the next. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return `${text.length}:${(hash >>> 0).toString(36)}`
}

export function DocumentPreview({ html, title, className }: Props) {
  // A new frame for each version: Chromium can ignore a srcdoc that changes while the
  // frame is still loading the previous one, leaving an outdated page on screen.
  return (
    <iframe
      key={fingerprint(html)}
      className={className}
      title={`Preview: ${title}`}
      sandbox=""
      srcDoc={html}
      referrerPolicy="no-referrer"
    />
  )
}
