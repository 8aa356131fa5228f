import { beforeEach, describe, expect, it } from 'vitest'
import { clearDraft, DRAFT_KEY, readDraft, writeDraft } from '../../../../renderer/src/data/drafts'
import { emptyForm } from '../../../../renderer/src/features/journal/entryForm'

beforeEach(() => localStorage.clear())

describe('drafts', () => {
  it('round-trips the form through localStorage', () => {
    const form = { ...emptyForm('stakeholder-win', '2026-06-01'), title: 'Half written' }
    expect(writeDraft(form)).toBe(true)
    expect(readDraft()?.form).toEqual(form)
    clearDraft()
    expect(readDraft()).toBeNull()
  })

  it('keeps a half-typed PDU claim, as typed', () => {
    const pdu = {
      hours: '1.',
      category: 'power-skills' as const,
      provider: 'PMI chapter',
      activity: '',
      reported: false,
    }
    const form = { ...emptyForm('leadership-moment', '2026-06-01'), title: 'Workshop', pdu }
    expect(writeDraft(form)).toBe(true)
    expect(readDraft()?.form.pdu).toEqual(pdu)
  })

  it('drops a damaged or foreign draft instead of trusting it', () => {
    localStorage.setItem(DRAFT_KEY, '{not json')
    expect(readDraft()).toBeNull()
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ form: { kind: 'poem' }, savedAt: 'x' }))
    expect(readDraft()).toBeNull()
  })

  it('reads a draft written before a text field existed, that field empty', () => {
    const { need: _missing, ...older } = {
      ...emptyForm('stakeholder-win', '2026-06-01'),
      delivered: 'Kept',
    }
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ form: older, savedAt: 'then' }))
    expect(readDraft()?.form).toMatchObject({ need: '', delivered: 'Kept' })
  })

  it('says so when storage refuses the write', () => {
    const full = {
      setItem() {
        throw new DOMException('full', 'QuotaExceededError')
      },
    } as unknown as Storage
    expect(writeDraft(emptyForm('leadership-moment', '2026-06-01'), full)).toBe(false)
  })
})
