// Other windows of the same journal (browser tabs; the desktop's quick-capture window)
// hold their own idea of whether it is encrypted and their own keys. When encryption is
// switched on or off, or the passphrase changes, they are told, and reopen the journal
// rather than go on writing in the form it had before.
const CHANNEL = 'leadlog-vault'

function openChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL)
}

/** Tells every other window that the vault changed. */
export function announceVaultChange(): void {
  const channel = openChannel()
  channel?.postMessage('changed')
  channel?.close()
}

/** Calls `handler` when another window changed the vault; returns an unsubscribe. */
export function onVaultChangedElsewhere(handler: () => void): () => void {
  const channel = openChannel()
  if (!channel) return () => undefined
  channel.onmessage = () => handler()
  return () => channel.close()
}
