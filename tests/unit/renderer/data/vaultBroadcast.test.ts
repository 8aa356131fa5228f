// A window is told when another window switched encryption, and never by its own switch
// (it would reload itself onto the lock screen right after turning encryption on).
import { describe, expect, it, vi } from 'vitest'
import {
  announceVaultChange,
  onVaultChangedElsewhere,
} from '../../../../renderer/src/data/vault/broadcast'

const settle = () => new Promise((resolve) => setTimeout(resolve, 50))

describe('vault changes across windows', () => {
  it('hears another window, not itself', async () => {
    const handler = vi.fn()
    const stop = onVaultChangedElsewhere(handler)
    announceVaultChange()
    await settle()
    expect(handler).not.toHaveBeenCalled()

    const otherWindow = new BroadcastChannel('leadlog-vault')
    otherWindow.postMessage('changed')
    await settle()
    expect(handler).toHaveBeenCalledTimes(1)

    stop()
    otherWindow.postMessage('changed')
    await settle()
    expect(handler).toHaveBeenCalledTimes(1)
    otherWindow.close()
  })
})
