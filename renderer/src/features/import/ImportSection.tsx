// Settings › Import: choose jrnl or Day One exports, Markdown or CSV files, check the
// preview, import; and undo an import. The command palette's "Import…" brings
// the user here and focuses the button.
import { useEffect, useRef } from 'react'
import { chooseFiles, dismissNotice } from './importFlow'
import { ImportHistory } from './ImportHistory'
import { ImportPanel } from './ImportPanel'
import { useImportUi } from './importSlice'
import './import.css'

const ACCEPT = '.json,.zip,.md,.markdown,.txt,.csv,.tsv'

export function ImportSection() {
  const busy = useImportUi((s) => s.flow.step === 'reading' || s.flow.step === 'writing')
  const notice = useImportUi((s) => s.notice)
  const focusPending = useImportUi((s) => s.focusPending)
  const input = useRef<HTMLInputElement>(null)
  const button = useRef<HTMLButtonElement>(null)

  const noticeRef = useRef<HTMLDivElement>(null)
  // The preview closes when the import is written or undone: focus moves to what happened,
  // not to the page's start.
  // Only a new notice: coming back to Settings does not pull focus to an old one.
  const seen = useRef(notice)
  useEffect(() => {
    if (notice && notice !== seen.current) noticeRef.current?.focus({ preventScroll: false })
    seen.current = notice
  }, [notice])

  useEffect(() => {
    if (!focusPending || !button.current) return
    button.current.scrollIntoView?.({ block: 'center' })
    button.current.focus({ preventScroll: true })
    useImportUi.getState().focusDone()
  }, [focusPending])

  return (
    <section className="card import-settings" aria-labelledby="import-settings-title">
      <h2 id="import-settings-title">Import</h2>
      <p className="hint">
        Bring your history: a jrnl export (.json), a Day One export (.json or its .zip), a Markdown
        brag document or daily notes (.md, several at once), or a spreadsheet saved as CSV. You see
        every entry before anything is written, and can undo the import after.
      </p>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        aria-hidden="true"
        tabIndex={-1}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])]
          e.target.value = '' // the same file chosen again still counts as a choice
          if (files.length) void chooseFiles(files)
        }}
      />
      <div className="row">
        <button ref={button} type="button" disabled={busy} onClick={() => input.current?.click()}>
          Import from files…
        </button>
      </div>
      {notice && (
        <div ref={noticeRef} tabIndex={-1} className="import-last" role="status">
          <span>{notice}</span>
          <button type="button" className="link" onClick={dismissNotice}>
            Dismiss
          </button>
        </div>
      )}
      <ImportPanel />
      <ImportHistory />
    </section>
  )
}
