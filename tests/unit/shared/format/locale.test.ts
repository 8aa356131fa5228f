import { describe, expect, it } from 'vitest'
import { DEFAULT_LOCALE, resolveLocale } from '../../../../shared/format'

describe('resolveLocale', () => {
  it('keeps a locale Intl supports, in its canonical spelling', () => {
    expect(resolveLocale('en-US')).toBe('en-US')
    expect(resolveLocale('de-DE')).toBe('de-DE')
    expect(resolveLocale('en-us')).toBe('en-US')
    expect(resolveLocale('de')).toBe('de')
  })

  it('falls back to British English for a missing, malformed or unknown tag', () => {
    expect(DEFAULT_LOCALE).toBe('en-GB')
    expect(resolveLocale(undefined)).toBe('en-GB')
    expect(resolveLocale(null)).toBe('en-GB')
    expect(resolveLocale('')).toBe('en-GB')
    expect(resolveLocale('en_US')).toBe('en-GB')
    expect(resolveLocale('xx-YY')).toBe('en-GB')
  })
})
