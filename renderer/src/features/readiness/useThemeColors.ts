// Chart colours read from the app's CSS variables, re-read when the theme flips (the
// system's, or the one chosen in the app),
// so SVG charts (which cannot use var() in attributes) follow light and dark alike.
import { useEffect, useState } from 'react'

export interface ThemeColors {
  accent: string
  text: string
  muted: string
  border: string
  surface: string
  warning: string
  success: string
}

const FALLBACK: ThemeColors = {
  accent: '#2447a8',
  text: '#1b2233',
  muted: '#5a6478',
  border: '#d9deea',
  surface: '#ffffff',
  warning: '#9a5b00',
  success: '#1e7b45',
}

function read(): ThemeColors {
  if (typeof window === 'undefined' || !window.getComputedStyle) return FALLBACK
  const style = window.getComputedStyle(document.documentElement)
  const pick = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback
  return {
    accent: pick('--accent', FALLBACK.accent),
    text: pick('--text', FALLBACK.text),
    muted: pick('--muted', FALLBACK.muted),
    border: pick('--border', FALLBACK.border),
    surface: pick('--surface', FALLBACK.surface),
    warning: pick('--warning', FALLBACK.warning),
    success: pick('--success', FALLBACK.success),
  }
}

export function useThemeColors(): ThemeColors {
  const [colors, setColors] = useState(read)
  useEffect(() => {
    const update = () => setColors(read())
    const query = window.matchMedia?.('(prefers-color-scheme: dark)')
    query?.addEventListener('change', update)
    // The theme chosen in the app (data-theme on <html>) wins over the system's.
    const observer = typeof MutationObserver === 'undefined' ? null : new MutationObserver(update)
    observer?.observe(document.documentElement, { attributeFilter: ['data-theme'] })
    return () => {
      query?.removeEventListener('change', update)
      observer?.disconnect()
    }
  }, [])
  return colors
}
