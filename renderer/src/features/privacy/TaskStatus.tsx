// What a long vault task shows under its form: its progress while it runs, and the
// refusal when it fails (focused, so the keyboard is not left on the disabled button).
import type { ConvertProgress } from '../../data/vault'
import { ConvertProgressBar } from './ConvertProgressBar'
import { useFocusOnError } from './useFocusOnError'

export function TaskStatus({
  progress,
  error,
}: {
  progress: ConvertProgress | null
  error: string | null
}) {
  const errorRef = useFocusOnError(error)
  return (
    <>
      {progress && <ConvertProgressBar progress={progress} />}
      {error && (
        <p className="error privacy-error" role="alert" ref={errorRef} tabIndex={-1}>
          {error}
        </p>
      )}
    </>
  )
}
