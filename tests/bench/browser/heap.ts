// Peak JS heap of a page, sampled through the DevTools protocol (performance.memory is
// coarse and rounded in Chromium). Sampling every 100 ms can miss a short spike; the
// figure is a floor of the true peak, which is enough to see the trend across sizes.
import type { CDPSession, Page } from '@playwright/test'

export class HeapSampler {
  private peak = 0
  private timer: ReturnType<typeof setInterval> | null = null
  private busy = false

  private constructor(private readonly session: CDPSession) {}

  static async start(page: Page): Promise<HeapSampler> {
    const session = await page.context().newCDPSession(page)
    await session.send('Performance.enable')
    const sampler = new HeapSampler(session)
    sampler.timer = setInterval(() => void sampler.sample(), 100)
    return sampler
  }

  private async sample(): Promise<void> {
    if (this.busy) return
    this.busy = true
    try {
      const { metrics } = await this.session.send('Performance.getMetrics')
      const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0
      this.peak = Math.max(this.peak, used)
    } catch {
      // The page is navigating or closing; the next sample will do.
    } finally {
      this.busy = false
    }
  }

  /** Stops sampling and returns the peak in bytes. */
  async stop(): Promise<number> {
    if (this.timer) clearInterval(this.timer)
    await this.sample()
    await this.session.detach().catch(() => undefined)
    return this.peak
  }
}
