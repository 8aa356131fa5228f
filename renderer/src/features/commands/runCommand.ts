// Runs a command and tells the user what came of it: its own sentence when it has one
// (a backup's file name), or why it failed. A disabled command does nothing.
import { useToast } from '../../app/toastSlice'
import type { Command } from './types'

function failure(command: Command, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error)
  return `${command.title} did not work: ${reason}`
}

export function runCommand(command: Command): void {
  if (command.disabledReason) return
  const notify = (message: string) => useToast.getState().notify({ message })
  try {
    Promise.resolve(command.run()).then(
      (said) => said && notify(said),
      (error: unknown) => notify(failure(command, error)),
    )
  } catch (error) {
    notify(failure(command, error))
  }
}
