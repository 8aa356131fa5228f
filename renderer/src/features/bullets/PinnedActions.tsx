// Copy all pinned bullets, or save them as Markdown or plain text through the platform.
import { formatCount } from '../../../../shared/format'
import { localIsoDate } from '../../../../shared/time'
import { platform } from '../../platform'
import { documentFilters, EXPORTS_ARE_READABLE, useExportsFromEncryptedJournal } from '../backup'
import { EXPORT_FILES, formatBullets, type ExportFormat } from './exportBullets'

interface Props {
  texts: readonly string[]
  copy(text: string, what: string): void
  report(message: string): void
}

export function PinnedActions({ texts, copy, report }: Props) {
  const none = texts.length === 0
  const encrypted = useExportsFromEncryptedJournal()
  const pinnedCount = formatCount(texts.length, 'pinned bullet')

  async function save(format: ExportFormat) {
    const file = EXPORT_FILES[format]
    const name = `leadlog-bullets-${localIsoDate(new Date())}.${file.extension}`
    try {
      const result = await platform.saveFile(
        name,
        formatBullets(texts, format),
        documentFilters([file.filter]),
      )
      if (!result.saved) return
      const saved = `Saved ${pinnedCount} to ${result.path}.`
      report(encrypted ? `${saved} ${EXPORTS_ARE_READABLE}` : saved)
    } catch (error) {
      report(`Not saved: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  return (
    <div className="row bullets-pinned" role="group" aria-label="Pinned bullets">
      <span className="hint">
        {none ? 'Pin bullets to copy or export them together.' : `${texts.length} pinned`}
      </span>
      <button
        type="button"
        disabled={none}
        onClick={() => copy(formatBullets(texts, 'text'), pinnedCount)}
      >
        Copy pinned
      </button>
      <button type="button" disabled={none} onClick={() => void save('markdown')}>
        Export pinned as Markdown
      </button>
      <button type="button" disabled={none} onClick={() => void save('text')}>
        Export pinned as text
      </button>
    </div>
  )
}
