// Markdown: a brag document (one file, dated headings with bullets under section headings)
// or daily notes (files named YYYY-MM-DD.md, one entry each). In a brag document each
// top-level bullet or paragraph is one entry, dated by the nearest dated heading above it
// ("## 2026-03-14", "### March 2026", "# 2026") and hinted by the nearest section heading
// ("Collaboration & mentorship"). A heading that is a day and a title ("## 2026-03-14 Led
// the incident review") is one entry with everything under it as notes.
import { dailyNoteDate, headingDate, type HeadingDate } from './dates'
import { isPlanSection } from './sections'
import { cleanTag, plainLine } from './text'
import type { Draft, Parsed, Skipped } from './types'

interface Heading {
  level: number
  text: string
  date?: HeadingDate
}

interface Block {
  line: number
  lines: string[]
  item: boolean
  /** A blank line was seen inside it: only indented lines continue it. */
  gap: boolean
}

interface TitledEntry {
  level: number
  line: number
  title: string
  date: string
  lines: string[]
}

const HEADING = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/
const ITEM = /^(\s*)(?:[-*+]|\d{1,9}[.)])\s+/
const FENCE = /^\s{0,3}(```|~~~)/
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/
const indentOf = (line: string) => /^\s*/.exec(line)![0].replace(/\t/g, '    ').length

/** YAML front matter (Obsidian): dropped, but its `tags:` are kept. */
function frontMatter(lines: string[]): { start: number; tags: string[] } {
  if (lines[0]?.trim() !== '---') return { start: 0, tags: [] }
  const end = lines.indexOf('---', 1)
  if (end < 0) return { start: 0, tags: [] }
  const tags: string[] = []
  for (let i = 1; i < end; i++) {
    const inline = /^tags:\s*\[?([^\]]*)\]?\s*$/.exec(lines[i]!)
    if (inline?.[1]) tags.push(...inline[1].split(',').map((t) => cleanTag(t.replace(/["']/g, ''))))
    const listed = /^\s+-\s+(.+)$/.exec(lines[i]!)
    if (
      listed &&
      /^tags:\s*$/.test(
        lines
          .slice(1, i)
          .reverse()
          .find((l) => !/^\s+-/.test(l)) ?? '',
      )
    ) {
      tags.push(cleanTag(listed[1]!.replace(/["']/g, '')))
    }
  }
  return { start: end + 1, tags: tags.filter(Boolean) }
}

/** Skipped lines with the same reason one after another read as one range. */
function pushSkipped(skipped: Skipped[], file: string, from: number, to: number, why: string) {
  const last = skipped[skipped.length - 1]
  const range = /^lines? (\d+)(?:–(\d+))?$/.exec(last?.where ?? '')
  if (last && range && last.file === file && last.why === why) {
    last.where = `lines ${range[1]}–${to}`
    return
  }
  skipped.push({ file, where: from === to ? `line ${from}` : `lines ${from}–${to}`, why })
}

function dailyNote(file: string, date: string, lines: string[], tags: string[]): Parsed {
  const text = lines.join('\n').trim()
  if (!text) return { drafts: [], skipped: [{ file, where: 'whole note', why: 'is empty' }] }
  return { drafts: [{ file, where: 'whole note', occurredOn: date, text, tags }], skipped: [] }
}

export function parseMarkdown(file: string, text: string): Parsed {
  const all = text.replace(/\r\n?/g, '\n').split('\n')
  const front = frontMatter(all)
  const lines = all.slice(front.start)
  const firstLine = front.start + 1
  const daily = dailyNoteDate(file)
  if (daily) return dailyNote(file, daily, lines, front.tags)

  const drafts: Draft[] = []
  const skipped: Skipped[] = []
  const stack: Heading[] = []
  let block: Block | null = null
  let titled: TitledEntry | null = null
  let fenced = false

  const context = () => {
    const dated = [...stack].reverse().find((h) => h.date)
    const section = [...stack].reverse().find((h) => !h.date)?.text ?? dated?.date?.rest
    const path = stack
      .slice(-2)
      .map((h) => h.text)
      .join(' › ')
    return { date: dated?.date?.date, section: section || undefined, path }
  }

  const flush = () => {
    if (!block) return
    const { line, lines: blockLines, item } = block
    block = null
    const end = line + blockLines.length - 1
    const { date, section, path } = context()
    if (section && isPlanSection(section)) {
      pushSkipped(
        skipped,
        file,
        line,
        end,
        `is under “${section}”: plans, not things that have happened`,
      )
      return
    }
    if (!date) {
      pushSkipped(
        skipped,
        file,
        line,
        end,
        'has no date above it: add a dated heading such as “## 2026-03-14” or “### March 2026”',
      )
      return
    }
    let body = blockLines.join('\n')
    if (item) {
      const marker = ITEM.exec(blockLines[0]!)![0].length
      const rest = blockLines.slice(1).map((l) => l.slice(Math.min(indentOf(l), marker)))
      body = [blockLines[0]!.slice(marker), ...rest].join('\n')
      if (/^\[ \]\s/.test(body)) {
        pushSkipped(skipped, file, line, end, 'is an unchecked task: not done yet')
        return
      }
      body = body.replace(/^\[[xX]\]\s+/, '')
    }
    drafts.push({
      file,
      where: path ? `line ${line} (${path})` : `line ${line}`,
      occurredOn: date,
      text: body.trim(),
      tags: front.tags,
      ...(section ? { section } : {}),
    })
  }

  const closeTitled = () => {
    if (!titled) return
    const { section } = context()
    drafts.push({
      file,
      where: `line ${titled.line}`,
      occurredOn: titled.date,
      title: titled.title,
      text: titled.lines.join('\n').trim(),
      tags: front.tags,
      ...(section ? { section } : {}),
    })
    titled = null
  }

  lines.forEach((raw, i) => {
    const lineNo = firstLine + i
    if (FENCE.test(raw)) fenced = !fenced
    const heading = fenced || FENCE.test(raw) ? null : HEADING.exec(raw)
    if (heading) {
      const level = heading[1]!.length
      const words = plainLine(heading[2]!)
      if (titled && level > titled.level) {
        titled.lines.push(raw)
        return
      }
      flush()
      closeTitled()
      while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop()
      const date = headingDate(words)
      stack.push({ level, text: words, ...(date ? { date } : {}) })
      if (date?.precision === 'day' && date.rest) {
        titled = { level, line: lineNo, title: date.rest, date: date.date, lines: [] }
      }
      return
    }
    if (titled) {
      titled.lines.push(raw)
      return
    }
    if (fenced) {
      if (block) block.lines.push(raw)
      else block = { line: lineNo, lines: [raw], item: false, gap: false }
      return
    }
    if (raw.trim() === '' || RULE.test(raw)) {
      if (block?.item && raw.trim() === '') block.gap = true
      else flush()
      return
    }
    const item = ITEM.exec(raw)
    const indent = indentOf(raw)
    if (block?.item && (indent >= 2 || (!block.gap && !item))) {
      block.lines.push(raw)
      return
    }
    if (block && !block.item && !item) {
      block.lines.push(raw)
      return
    }
    flush()
    block = { line: lineNo, lines: [raw], item: Boolean(item), gap: false }
  })
  flush()
  closeTitled()
  return { drafts, skipped }
}
