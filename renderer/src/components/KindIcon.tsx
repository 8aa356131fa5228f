// The small coloured mark for each entry kind, so kinds are told apart by shape and
// colour (never colour alone).
import type { EntryKind } from '../../../shared/entry'
import { KIND_LABELS } from '../../../shared/entry'
import './components.css'

const PATHS: Record<EntryKind, string> = {
  // A flag: taking the lead.
  'leadership-moment': 'M6 3v18M6 4h11l-2.5 4L17 12H6',
  // Two speech bubbles: a conversation.
  'difficult-conversation': 'M4 5h11v7H9l-3 3v-3H4zM17 9h3v7h-2v3l-3-3h-4v-2',
  // A star: a win.
  'stakeholder-win': 'M12 3l2.6 5.6 6 .7-4.5 4.1 1.2 6L12 16.4 6.7 19.4l1.2-6L3.4 9.3l6-.7z',
}

export function KindIcon({
  kind,
  size = 20,
  label = false,
}: {
  kind: EntryKind
  size?: number
  label?: boolean
}) {
  return (
    <span className={`kind-icon kind-${kind}`} style={{ width: size + 12, height: size + 12 }}>
      <svg
        width={size}
        height={size}
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.8}
        strokeLinejoin="round"
        strokeLinecap="round"
        role={label ? 'img' : undefined}
        aria-label={label ? KIND_LABELS[kind] : undefined}
        aria-hidden={label ? undefined : true}
      >
        <path d={PATHS[kind]} />
      </svg>
    </span>
  )
}
