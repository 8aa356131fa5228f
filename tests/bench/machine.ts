// What the figures were measured on: they mean little without the machine beside them.
import { execFileSync } from 'node:child_process'
import os from 'node:os'
import { CHROMIUM_PATH } from '../support/chromium'

export interface Machine {
  cpu: string
  cores: number
  memoryGb: number
  os: string
  node: string
  chromium: string
}

export { CHROMIUM_PATH }

export function chromiumVersion(): string {
  try {
    const out = execFileSync(CHROMIUM_PATH, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 20_000,
    })
    return out.trim().split('\n').at(-1) ?? 'unknown'
  } catch {
    return `not found at ${CHROMIUM_PATH}`
  }
}

export function describeMachine(): Machine {
  const cpus = os.cpus()
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: chromiumVersion(),
  }
}
