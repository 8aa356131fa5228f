// Shows the exact HTML that is exported. `sandbox=""` gives the frame no scripts, no
// forms, no navigation and a unique origin, so nothing in an entry can run here.
interface Props {
  html: string
  title: string
}

export function ReviewPreview({ html, title }: Props) {
  return (
    <iframe
      className="review-preview"
      title={`Preview: ${title}`}
      sandbox=""
      srcDoc={html}
      referrerPolicy="no-referrer"
    />
  )
}
