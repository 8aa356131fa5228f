// The theme: settings.theme becomes data-theme on <html>, and styles.css honours it, the
// dark colours the same whether the system or the user chose dark.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { act, renderHook } from '@testing-library/react'
import { applyTheme, useTheme } from '../../../../renderer/src/app/useTheme'
import { resetSettings, updateSettings } from '../privacy/settingsMock'

vi.mock('../../../../renderer/src/data/settings', () => import('../privacy/settingsMock'))

const root = document.documentElement

beforeEach(() => {
  delete root.dataset.theme
  resetSettings()
})
afterEach(() => delete root.dataset.theme)

describe('useTheme', () => {
  it('follows the system when no theme was chosen, and a choice at once', async () => {
    const { unmount } = renderHook(() => useTheme())
    expect(root.dataset.theme).toBe('system')
    await act(() => updateSettings({ theme: 'dark' }))
    expect(root.dataset.theme).toBe('dark')
    await act(() => updateSettings({ theme: 'light' }))
    expect(root.dataset.theme).toBe('light')
    // Locking unmounts the app; the lock screen keeps the user's theme.
    unmount()
    expect(root.dataset.theme).toBe('light')
  })

  it('applyTheme writes the attribute', () => {
    applyTheme('dark')
    expect(root).toHaveAttribute('data-theme', 'dark')
  })
})

describe('styles.css', () => {
  const css = readFileSync(join(process.cwd(), 'renderer/src/styles.css'), 'utf8')

  /** The declarations of the first block that follows `selector`, one per line, sorted. */
  function declarations(selector: string): string[] {
    const at = css.indexOf(`${selector} {`)
    expect(at, selector).toBeGreaterThanOrEqual(0)
    const body = css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at))
    return body
      .split(';')
      .map((d) => d.trim())
      .filter((d) => d.startsWith('--'))
      .sort()
  }

  it('has the same dark colours for the system’s dark mode and for dark chosen', () => {
    const system = declarations(":root:not([data-theme='light'])")
    const chosen = declarations(":root[data-theme='dark']")
    expect(system.length).toBeGreaterThan(10)
    expect(chosen).toEqual(system)
  })

  it('forces the colour scheme when a theme is chosen, and follows the system otherwise', () => {
    expect(css).toMatch(/:root\[data-theme='light'\] \{\s*color-scheme: light;/)
    expect(css).toMatch(/:root\[data-theme='dark'\] \{\s*color-scheme: dark;/)
    expect(css).toMatch(
      /@media \(prefers-color-scheme: dark\) \{\s*:root:not\(\[data-theme='light'\]\)/,
    )
  })
})
