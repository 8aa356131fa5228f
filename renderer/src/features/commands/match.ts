// Which commands a typed query finds, best first. Every word typed must be found in the
// title or the keywords; the title counts more than the keywords, the start of the title
// more than the start of a word, and the start of a word more than its middle. Ties keep
// the table's order, which lists the everyday commands first.
import { COMMAND_SECTIONS, type Command, type CommandSection } from './types'

/** Lower case, accents dropped, runs of anything but letters and digits as one space. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

const TITLE_START = 100
const TITLE_WORD = 60
const KEYWORD_WORD = 40
const TITLE_INSIDE = 20
const KEYWORD_INSIDE = 10

/** How well one typed word fits a text: 0 when it is not in it. */
function fit(word: string, text: string, start: number, wordStart: number, inside: number) {
  if (text.startsWith(word)) return start
  if (text.includes(` ${word}`)) return wordStart
  return text.includes(word) ? inside : 0
}

/** The command's score for the query; 0 when a typed word is missing. An empty query scores 1. */
export function scoreCommand(command: Command, query: string): number {
  const words = normalize(query).split(' ').filter(Boolean)
  if (words.length === 0) return 1
  const title = normalize(command.title)
  const keywords = normalize((command.keywords ?? []).join(' '))
  let total = 0
  for (const [i, word] of words.entries()) {
    // Only the first word typed earns "the title starts with it".
    const inTitle = fit(word, title, i === 0 ? TITLE_START : TITLE_WORD, TITLE_WORD, TITLE_INSIDE)
    const inKeywords = fit(word, keywords, KEYWORD_WORD, KEYWORD_WORD, KEYWORD_INSIDE)
    const best = Math.max(inTitle, inKeywords)
    if (best === 0) return 0
    total += best
  }
  return total
}

/** The commands the query finds, best first; ties in table order. */
export function rankCommands(commands: readonly Command[], query: string): Command[] {
  return commands
    .map((command, order) => ({ command, order, score: scoreCommand(command, query) }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((r) => r.command)
}

export interface CommandGroup {
  section: CommandSection
  commands: Command[]
}

/**
 * Ranked commands in sections. With a query, sections come in the order of their best
 * command, so the first row is always the best match; without one, in the usual order.
 */
export function groupBySection(ranked: readonly Command[], byRank: boolean): CommandGroup[] {
  const groups = new Map<CommandSection, Command[]>()
  const order = byRank ? ranked.map((c) => c.section) : COMMAND_SECTIONS
  for (const section of order) if (!groups.has(section)) groups.set(section, [])
  for (const command of ranked) groups.get(command.section)?.push(command)
  return [...groups]
    .filter(([, list]) => list.length > 0)
    .map(([section, commands]) => ({ section, commands }))
}
