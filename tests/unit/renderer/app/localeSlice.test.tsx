import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, render, screen } from '@testing-library/react'
import { detectLocale, useLocale, useLocaleState } from '../../../../renderer/src/app/localeSlice'

afterEach(() => vi.restoreAllMocks())

describe('detectLocale', () => {
  it('takes the browser’s language', () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('de-DE')
    expect(detectLocale().locale).toBe('de-DE')
  })

  it('falls back to British English when the language is one Intl does not know', () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('xx-YY')
    expect(detectLocale().locale).toBe('en-GB')
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('')
    expect(detectLocale().locale).toBe('en-GB')
  })

  it('names the machine’s time zone', () => {
    expect(detectLocale().timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone)
  })
})

describe('useLocale', () => {
  it('gives views the locale, and re-renders them when it changes', () => {
    const initial = useLocaleState.getState()
    function Probe() {
      return <p>{useLocale()}</p>
    }
    render(<Probe />)
    expect(screen.getByText(initial.locale)).toBeInTheDocument()
    act(() => useLocaleState.setState({ locale: 'fr-FR' }))
    expect(screen.getByText('fr-FR')).toBeInTheDocument()
    act(() => useLocaleState.setState(initial))
  })
})
