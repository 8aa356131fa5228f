// Other windows of the same journal (browser tabs; the desktop's quick-capture window)
// hold their own idea of whether it is encrypted and their own keys. When encryption is
// switched on or off, or the passphrase changes, they are told, and reopen the journal
// rather than go on writing in the form it had before.
//
// One channel object per window, for sending and receiving: a BroadcastChannel never
// hears its own messages, so this window does not react to its own change.
let channel: BroadcastChannel | null | undefined
const handlers = new Set<() => void>()

function theChannel(): BroadcastChannel | null {
  if (channel === undefined) {
    channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('leadlog-vault')
    if (channel) channel.onmessage = () => handlers.forEach((handler) => handler())
  }
  return channel
}

/** Tells every other window that the vault changed. */
export function announceVaultChange(): void {
  theChannel()?.postMessage('changed')
}

/** Calls `handler` when another window changed the vault; returns an unsubscribe. */
export function onVaultChangedElsewhere(handler: () => void): () => void {
  theChannel()
  handlers.add(handler)
  return () => handlers.delete(handler)
}
