// A countdown to a moment, for the lock screen's wait after too many wrong tries.
import { useCallback, useEffect, useState } from 'react'

export interface Countdown {
  /** 0 once the moment has come. */
  remainingMs: number
  start(waitMs: number): void
}

/** `initialMs` is read once, so a wait that began before a reload keeps counting. */
export function useCountdown(initialMs: () => number): Countdown {
  const [until, setUntil] = useState(() => Date.now() + Math.max(0, initialMs()))
  const [now, setNow] = useState(() => Date.now())

  useEffect(() => {
    if (until <= Date.now()) return
    // Ticks on the second boundaries of the wait, so the shown number never lags.
    let timer: ReturnType<typeof setTimeout>
    const tick = () => {
      const t = Date.now()
      setNow(t)
      const left = until - t
      if (left > 0) timer = setTimeout(tick, left % 1000 || 1000)
    }
    tick()
    return () => clearTimeout(timer)
  }, [until])

  const start = useCallback((waitMs: number) => {
    const t = Date.now()
    setNow(t)
    setUntil(t + Math.max(0, waitMs))
  }, [])

  return { remainingMs: Math.max(0, until - now), start }
}
