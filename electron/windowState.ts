// Remembers the main window's size and position between runs, and never restores it
// off screen (a monitor may have been unplugged since).
import type { Rectangle } from 'electron'
import type { WindowBounds } from './settingsStore'

export const DEFAULT_SIZE = { width: 1200, height: 800 }
export const MIN_SIZE = { width: 720, height: 520 }
/** How much of the title bar area must be visible on some display to keep the position. */
const MIN_VISIBLE = { width: 120, height: 60 }

function overlap(a: Rectangle, b: Rectangle): Rectangle {
  const x = Math.max(a.x, b.x)
  const y = Math.max(a.y, b.y)
  const width = Math.min(a.x + a.width, b.x + b.width) - x
  const height = Math.min(a.y + a.height, b.y + b.height) - y
  return { x, y, width: Math.max(0, width), height: Math.max(0, height) }
}

export interface InitialBounds {
  width: number
  height: number
  x?: number
  y?: number
  maximized: boolean
}

/**
 * Where to open the window: the saved bounds when their top strip is visible on one of
 * the displays' work areas, otherwise the saved size (capped to the largest display),
 * centred by the OS. Sizes are capped to the largest display.
 */
export function initialBounds(
  saved: WindowBounds | undefined,
  workAreas: Rectangle[],
): InitialBounds {
  const maxWidth = Math.max(MIN_SIZE.width, ...workAreas.map((a) => a.width))
  const maxHeight = Math.max(MIN_SIZE.height, ...workAreas.map((a) => a.height))
  const size = saved ?? DEFAULT_SIZE
  const width = Math.min(Math.max(size.width, MIN_SIZE.width), maxWidth)
  const height = Math.min(Math.max(size.height, MIN_SIZE.height), maxHeight)
  if (!saved) return { width, height, maximized: false }
  const titleStrip = { x: saved.x, y: saved.y, width, height: MIN_VISIBLE.height }
  const visible = workAreas.some((area) => {
    const seen = overlap(titleStrip, area)
    return seen.width >= MIN_VISIBLE.width && seen.height >= MIN_VISIBLE.height / 2
  })
  return visible
    ? { x: saved.x, y: saved.y, width, height, maximized: saved.maximized }
    : { width, height, maximized: saved.maximized }
}
