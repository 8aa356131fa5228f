// What the figures were measured on: they mean little without the machine beside them.
import os from 'node:os'
import { findChromium } from '../support/chromium'

export interface Machine {
  cpu: string
  cores: number
  memoryGb: number
  os: string
  node: string
  chromium: string
  /**
   * 1-minute load average when the run started (and, in the JSON, when it ended): the
   * cold start waits mostly on other processes (IndexedDB's backend, the page's server),
   * so a busy machine stretches it several times over. Read figures with it.
   */
  loadAverage: number
}

/** The version of the Chromium the browser part launches (the e2e suite's choice). */
export function chromiumVersion(): string {
  const choice = findChromium()
  return choice.ok ? choice.version : 'no Chromium'
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
    loadAverage: Math.round(os.loadavg()[0]! * 100) / 100,
  }
}
