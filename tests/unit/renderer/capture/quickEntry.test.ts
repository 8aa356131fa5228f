// The entry a quick capture makes, and the recorder's reading of pressed keys.
import { describe, expect, it } from 'vitest'
import { ENTRY_KINDS, MAX_TEXT, validateEntry } from '../../../../shared/entry'
import {
  buildQuickEntry,
  checkQuickForm,
  isValidQuickEntry,
} from '../../../../renderer/src/features/capture/quickEntry'
import { recordShortcut } from '../../../../renderer/src/features/capture/shortcutKeys'

const TODAY = '2026-03-14'

describe('buildQuickEntry', () => {
  it.each(ENTRY_KINDS)('makes a %s the data contract accepts', (kind) => {
    const entry = buildQuickEntry({ kind, title: '  Noted  ', notes: '' }, TODAY, 'id-1')
    expect(isValidQuickEntry(entry, TODAY)).toBe(true)
    const stamp = '2026-03-14T10:00:00.000Z'
    const check = validateEntry({ ...entry, createdAt: stamp, updatedAt: stamp }, TODAY)
    expect(check.ok).toBe(true)
    expect(entry).toMatchObject({ id: 'id-1', title: 'Noted', occurredOn: TODAY, kind })
    expect(entry.competencies.length).toBeGreaterThan(0)
  })

  it('leaves the kind’s guided questions empty and names nobody', () => {
    const conversation = buildQuickEntry(
      { kind: 'difficult-conversation', title: 'Pushback', notes: '' },
      TODAY,
      'c',
    )
    expect(conversation).toMatchObject({
      topic: '',
      whatISaid: '',
      counterpart: { name: '', level: 'peer' },
      outcome: 'in-progress',
      resumeWorthy: false,
    })
    const moment = buildQuickEntry(
      { kind: 'leadership-moment', title: 'Fixed it', notes: '' },
      TODAY,
      'm',
    )
    expect(moment).toMatchObject({ mode: 'leader', situation: '', result: '' })
  })

  it('suggests competencies from the kind and the words', () => {
    expect(
      buildQuickEntry(
        { kind: 'leadership-moment', title: 'Mentored a new hire', notes: '' },
        TODAY,
        'x',
      ).competencies,
    ).toContain('people')
    expect(
      buildQuickEntry({ kind: 'difficult-conversation', title: 'A chat', notes: '' }, TODAY, 'y')
        .competencies,
    ).toEqual(['conflict'])
  })
})

describe('checkQuickForm', () => {
  it('asks for a title and keeps titles and notes within the contract’s limits', () => {
    const form = { kind: 'leadership-moment' as const, notes: '' }
    expect(checkQuickForm({ ...form, title: '   ' }).title).toMatch(/Give the moment a title/)
    expect(checkQuickForm({ ...form, title: 'x'.repeat(301) }).title).toMatch(/under 300/)
    expect(checkQuickForm({ ...form, title: 'ok', notes: 'x'.repeat(MAX_TEXT + 1) }).notes).toMatch(
      /longer than/,
    )
    expect(checkQuickForm({ ...form, title: 'ok' })).toEqual({})
  })
})

describe('recordShortcut', () => {
  const keys = (
    code: string,
    held: Partial<Record<'ctrl' | 'meta' | 'alt' | 'shift', boolean>>,
  ) => ({
    key: code.replace(/^Key|^Digit/, '').toLowerCase(),
    code,
    ctrlKey: Boolean(held.ctrl),
    metaKey: Boolean(held.meta),
    altKey: Boolean(held.alt),
    shiftKey: Boolean(held.shift),
  })

  it('makes Ctrl (Cmd on a Mac) into CommandOrControl', () => {
    expect(recordShortcut(keys('KeyK', { ctrl: true, alt: true }), false)).toEqual({
      state: 'recorded',
      accelerator: 'CommandOrControl+Alt+K',
    })
    expect(recordShortcut(keys('KeyK', { meta: true, shift: true }), true)).toEqual({
      state: 'recorded',
      accelerator: 'CommandOrControl+Shift+K',
    })
    expect(recordShortcut(keys('KeyK', { ctrl: true, meta: true }), true)).toEqual({
      state: 'recorded',
      accelerator: 'Command+Control+K',
    })
    expect(recordShortcut(keys('KeyK', { meta: true, alt: true }), false)).toEqual({
      state: 'recorded',
      accelerator: 'Super+Alt+K',
    })
  })

  it('reads the physical key, whatever the layout prints', () => {
    expect(
      recordShortcut({ ...keys('Digit1', { ctrl: true, shift: true }), key: '!' }, false),
    ).toEqual({ state: 'recorded', accelerator: 'CommandOrControl+Shift+1' })
    expect(recordShortcut(keys('F9', { alt: true }), false)).toMatchObject({
      accelerator: 'Alt+F9',
    })
    expect(recordShortcut(keys('Slash', { ctrl: true, alt: true }), false)).toMatchObject({
      accelerator: 'CommandOrControl+Alt+/',
    })
  })

  it('waits while only modifiers are held', () => {
    expect(
      recordShortcut({ ...keys('ControlLeft', { ctrl: true }), key: 'Control' }, false),
    ).toEqual({ state: 'waiting' })
  })

  it('refuses a key alone, Shift alone, unknown keys and Leadlog’s own shortcuts', () => {
    expect(recordShortcut(keys('KeyK', {}), false)).toMatchObject({ state: 'invalid' })
    expect(recordShortcut(keys('KeyK', { shift: true }), false)).toMatchObject({
      state: 'invalid',
      message: expect.stringMatching(/Hold Ctrl or Alt/),
    })
    expect(recordShortcut(keys('MediaPlayPause', { ctrl: true }), false)).toMatchObject({
      state: 'invalid',
      message: 'Leadlog cannot use that key in a shortcut.',
    })
    expect(recordShortcut(keys('KeyL', { ctrl: true }), false)).toMatchObject({
      state: 'invalid',
      message: 'Ctrl+L is Leadlog’s own shortcut for locking the journal: choose another.',
    })
    expect(recordShortcut(keys('Digit3', { meta: true }), true)).toMatchObject({
      state: 'invalid',
      message: expect.stringMatching(/^⌘3 is Leadlog’s own shortcut for switching views/),
    })
  })
})
