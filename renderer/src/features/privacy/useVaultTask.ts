// Runs one long vault task at a time (turning encryption on or off, a new passphrase),
// with its progress for the bar and its refusal in words for the alert.
import { useCallback, useEffect, useRef, useState } from 'react'
import { VaultError, type ConvertProgress } from '../../data/vault'

export interface VaultTask {
  /** null when idle; the latest progress while running. */
  progress: ConvertProgress | null
  error: string | null
  /** Resolves true when the task finished, false when it was refused (see error). */
  run(
    first: ConvertProgress,
    task: (onProgress: (p: ConvertProgress) => void) => Promise<void>,
  ): Promise<boolean>
}

/** The message for a refusal: the vault's own words, or what went wrong. */
export function describeVaultFailure(error: unknown): string {
  if (error instanceof VaultError) return error.message
  const detail = error instanceof Error ? error.message : String(error)
  return `Something went wrong (${detail}). Nothing was changed.`
}

export function useVaultTask(): VaultTask {
  const [progress, setProgress] = useState<ConvertProgress | null>(null)
  const [error, setError] = useState<string | null>(null)
  const running = useRef(false)
  const mounted = useRef(true)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])

  const run = useCallback<VaultTask['run']>(async (first, task) => {
    if (running.current) return false
    running.current = true
    setError(null)
    setProgress(first)
    try {
      await task((p) => mounted.current && setProgress(p))
      return true
    } catch (caught) {
      if (mounted.current) setError(describeVaultFailure(caught))
      return false
    } finally {
      running.current = false
      if (mounted.current) setProgress(null)
    }
  }, [])

  return { progress, error, run }
}
