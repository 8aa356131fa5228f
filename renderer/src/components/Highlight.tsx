// Wraps the matched search terms in <mark>. Terms match at the start of a word, the
// way the search index matched them (prefix search).
import { Fragment, useMemo } from 'react'
import { escapeRegExp } from '../../../shared/entry'

export function Highlight({ text, terms }: { text: string; terms: readonly string[] }) {
  const parts = useMemo(() => {
    const usable = terms.filter((t) => t.trim().length > 0)
    if (!usable.length) return [text]
    const pattern = new RegExp(`(${usable.map(escapeRegExp).join('|')})`, 'gi')
    return text.split(pattern)
  }, [text, terms])
  // split() with one capture group puts the matches at the odd positions.
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? <mark key={i}>{part}</mark> : <Fragment key={i}>{part}</Fragment>,
      )}
    </>
  )
}
