// Auto-lock: one timer, reset by the user's activity, never when set to 0.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { act, fireEvent, renderHook } from '@testing-library/react'
import { useAutoLock } from '../../../../renderer/src/features/privacy'

const MINUTE = 60_000

beforeEach(() => vi.useFakeTimers({ now: new Date('2026-03-14T09:00:00Z') }))
afterEach(() => vi.useRealTimers())

function advance(ms: number) {
  act(() => vi.advanceTimersByTime(ms))
}

describe('useAutoLock', () => {
  it('locks after the minutes pass with no activity, once', () => {
    const onIdle = vi.fn()
    renderHook(() => useAutoLock(5, onIdle))
    advance(5 * MINUTE - 1)
    expect(onIdle).not.toHaveBeenCalled()
    advance(1)
    expect(onIdle).toHaveBeenCalledTimes(1)
    advance(30 * MINUTE)
    expect(onIdle).toHaveBeenCalledTimes(1)
  })

  it.each(['keyDown', 'pointerDown', 'pointerMove', 'wheel', 'focus'] as const)(
    'starts the wait again on %s',
    (event) => {
      const onIdle = vi.fn()
      renderHook(() => useAutoLock(5, onIdle))
      advance(4 * MINUTE)
      fireEvent[event](window)
      advance(4 * MINUTE)
      expect(onIdle).not.toHaveBeenCalled()
      advance(MINUTE)
      expect(onIdle).toHaveBeenCalledTimes(1)
    },
  )

  it('keeps one timer however busy the pointer is', () => {
    const onIdle = vi.fn()
    renderHook(() => useAutoLock(1, onIdle))
    const timers = vi.getTimerCount()
    for (let i = 0; i < 200; i++) {
      fireEvent.pointerMove(window)
      advance(100)
    }
    expect(vi.getTimerCount()).toBe(timers)
    expect(onIdle).not.toHaveBeenCalled()
    advance(MINUTE)
    expect(onIdle).toHaveBeenCalledTimes(1)
  })

  it('never locks when set to 0', () => {
    const onIdle = vi.fn()
    renderHook(() => useAutoLock(0, onIdle))
    expect(vi.getTimerCount()).toBe(0)
    advance(24 * 60 * MINUTE)
    expect(onIdle).not.toHaveBeenCalled()
  })

  it('follows a changed setting and stops when unmounted', () => {
    const onIdle = vi.fn()
    const { rerender, unmount } = renderHook(({ minutes }) => useAutoLock(minutes, onIdle), {
      initialProps: { minutes: 15 },
    })
    advance(10 * MINUTE)
    rerender({ minutes: 1 })
    advance(MINUTE)
    expect(onIdle).toHaveBeenCalledTimes(1)

    rerender({ minutes: 30 })
    unmount()
    advance(60 * MINUTE)
    expect(onIdle).toHaveBeenCalledTimes(1)
  })

  it('counts activity again after an idle lock', () => {
    const onIdle = vi.fn()
    renderHook(() => useAutoLock(1, onIdle))
    advance(MINUTE)
    expect(onIdle).toHaveBeenCalledTimes(1)
    fireEvent.keyDown(window)
    advance(MINUTE)
    expect(onIdle).toHaveBeenCalledTimes(2)
  })
})
