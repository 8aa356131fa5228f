// The palette's matcher: every typed word must be found; the title's start beats a word's
// start, which beats the middle of a word; the title beats the keywords; ties keep the
// table's order.
import { describe, expect, it } from 'vitest'
import {
  groupBySection,
  normalize,
  rankCommands,
  scoreCommand,
} from '../../../../renderer/src/features/commands/match'
import type { Command, CommandSection } from '../../../../renderer/src/features/commands/types'

const command = (
  title: string,
  keywords: string[] = [],
  section: CommandSection = 'Go to',
): Command => ({ id: title, title, keywords, section, run: () => undefined })

const titles = (list: Command[]) => list.map((c) => c.title)

describe('normalize', () => {
  it('lowers case, drops accents and turns punctuation into single spaces', () => {
    expect(normalize('  Café:  Résumé—Bullets ')).toBe('cafe resume bullets')
  })
})

describe('rankCommands', () => {
  const table = [
    command('Go to Review', ['quarterly']),
    command('Export the review as Markdown', ['download']),
    command('Reviewers list'),
    command('Preview the document'),
    command('Go to Bullets', ['resume', 'cv']),
  ]

  it('puts a title that starts with the word first, then word starts, then the middle of words', () => {
    expect(titles(rankCommands(table, 'review'))).toEqual([
      'Reviewers list',
      'Go to Review',
      'Export the review as Markdown',
      'Preview the document',
    ])
  })

  it('keeps the table order between equal matches', () => {
    expect(titles(rankCommands(table, 'go to'))).toEqual(['Go to Review', 'Go to Bullets'])
  })

  it('finds a command by its keywords, below any title match', () => {
    expect(titles(rankCommands(table, 'resume'))).toEqual(['Go to Bullets'])
    const both = [command('Save the resume'), command('Go to Bullets', ['resume'])]
    expect(titles(rankCommands(both, 'resume'))).toEqual(['Save the resume', 'Go to Bullets'])
  })

  it('needs every word typed, in any order', () => {
    expect(titles(rankCommands(table, 'markdown export'))).toEqual([
      'Export the review as Markdown',
    ])
    expect(rankCommands(table, 'review pdf')).toEqual([])
  })

  it('ignores case and accents in both the query and the titles', () => {
    expect(titles(rankCommands([command('Résumé')], 'RESUME'))).toEqual(['Résumé'])
  })

  it('lists everything, in table order, for an empty query', () => {
    expect(titles(rankCommands(table, '  '))).toEqual(titles(table))
    expect(scoreCommand(table[0]!, '')).toBe(1)
  })
})

describe('groupBySection', () => {
  const lock = command('Lock the journal', [], 'Privacy')
  const go = command('Go to Journal', [], 'Go to')
  const theme = command('Theme: dark', [], 'Appearance')

  it('orders sections by their best command when ranked', () => {
    expect(groupBySection([lock, go, theme], true).map((g) => g.section)).toEqual([
      'Privacy',
      'Go to',
      'Appearance',
    ])
  })

  it('keeps the usual section order when not ranked', () => {
    expect(groupBySection([lock, theme, go], false).map((g) => g.section)).toEqual([
      'Go to',
      'Privacy',
      'Appearance',
    ])
  })
})
