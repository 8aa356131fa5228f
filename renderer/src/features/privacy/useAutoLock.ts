// Locks after `minutes` with no activity from the user. The listeners only note the time
// (at most once a second); one timer checks that time when it fires and either locks or
// waits for the rest, so a busy pointer never resets a timer on every move.
import { useEffect, useRef } from 'react'

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'focus'] as const
const THROTTLE_MS = 1000

/** `minutes` 0 (or less) never locks. `onIdle` may change without restarting the clock. */
export function useAutoLock(minutes: number, onIdle: () => void): void {
  const latest = useRef(onIdle)
  useEffect(() => {
    latest.current = onIdle
  }, [onIdle])

  useEffect(() => {
    if (!(minutes > 0)) return
    const limit = minutes * 60_000
    let lastActivity = Date.now()
    let timer: ReturnType<typeof setTimeout> | undefined

    const check = () => {
      const idle = Date.now() - lastActivity
      if (idle >= limit) {
        timer = undefined
        latest.current()
      } else {
        timer = setTimeout(check, limit - idle)
      }
    }
    const onActivity = () => {
      const now = Date.now()
      if (now - lastActivity < THROTTLE_MS) return
      lastActivity = now
      // After an idle lock was called but refused (nothing to lock), the clock starts again.
      timer ??= setTimeout(check, limit)
    }

    const options = { capture: true, passive: true }
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, options)
    timer = setTimeout(check, limit)
    return () => {
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, options)
      if (timer !== undefined) clearTimeout(timer)
    }
  }, [minutes])
}
