// handle(channel, fn): the only way the main process answers the renderer. Before any
// handler runs, the sender must be the app's own page and the arguments must match the
// channel's schema in shared/ipc/schemas.ts; otherwise the call fails with a clear
// message and nothing happens.
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import type { z } from 'zod'
import { ipcArgs, type Channel, type DesktopApi, type IPC } from '../shared/ipc'
import { isAppUrl } from './origin'

type MethodOf<C extends Channel> = {
  [K in keyof typeof IPC]: (typeof IPC)[K] extends C ? K : never
}[keyof typeof IPC]

export type ArgsOf<C extends Channel> = z.infer<(typeof ipcArgs)[C]>
export type ResultOf<C extends Channel> = Awaited<ReturnType<DesktopApi[MethodOf<C>]>>

export type Handler<C extends Channel> = (
  event: IpcMainInvokeEvent,
  ...args: ArgsOf<C>
) => ResultOf<C> | Promise<ResultOf<C>>

export class IpcRefusedError extends Error {
  override name = 'IpcRefusedError'
}

/** The URL of the frame that sent the message, if it is still alive. */
function senderUrl(event: IpcMainInvokeEvent): string | undefined {
  try {
    return event.senderFrame?.url
  } catch {
    return undefined
  }
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => {
      const path = issue.path.map(String).join('.')
      return path ? `argument ${path}: ${issue.message}` : issue.message
    })
    .join('; ')
}

export interface HandleOptions {
  devOrigin?: string
  /**
   * For a channel only one window may use: true when the event's sender is that window.
   * Checked after the origin and before the arguments.
   */
  onlyFrom?: (event: IpcMainInvokeEvent) => boolean
}

/** Checks sender and arguments; returns the parsed arguments or throws IpcRefusedError. */
export function checkCall<C extends Channel>(
  channel: C,
  event: IpcMainInvokeEvent,
  rawArgs: unknown[],
  devOrigin?: string,
  onlyFrom?: (event: IpcMainInvokeEvent) => boolean,
): ArgsOf<C> {
  const url = senderUrl(event)
  if (!url || !isAppUrl(url, devOrigin)) {
    throw new IpcRefusedError(`${channel} refused: the request did not come from Leadlog's page.`)
  }
  if (onlyFrom && !onlyFrom(event)) {
    throw new IpcRefusedError(`${channel} refused: this window may not ask for it.`)
  }
  const parsed = ipcArgs[channel].safeParse(rawArgs)
  if (!parsed.success) {
    throw new IpcRefusedError(
      `${channel} refused: invalid arguments (${describeIssues(parsed.error.issues)}).`,
    )
  }
  return parsed.data as ArgsOf<C>
}

export function handle<C extends Channel>(
  channel: C,
  fn: Handler<C>,
  options: HandleOptions = {},
): void {
  ipcMain.handle(channel, async (event, ...rawArgs: unknown[]) => {
    const args = checkCall(channel, event, rawArgs, options.devOrigin, options.onlyFrom)
    return fn(event, ...args)
  })
}
