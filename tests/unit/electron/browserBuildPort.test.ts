// The browser build's origin is pinned (issue 18): one port, and when it is taken `npm start`
// reuses a running Leadlog or says so and stops, rather than moving the journal's origin.
import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { rendererConfig } from '../../../vite.web.config'
import { WEB_PORT, whenPortTaken } from '../../../scripts/webPort.mjs'

let server: Server | undefined
afterEach(() => server?.close())

function serve(body: string): Promise<number> {
  server = createServer((_request, response) => response.end(body))
  return new Promise((resolve) =>
    server!.listen(0, '127.0.0.1', () => resolve((server!.address() as { port: number }).port)),
  )
}

describe('the browser build’s port', () => {
  it('is 4173, strict in the config and in npm start (never the next free port)', () => {
    expect(WEB_PORT).toBe(4173)
    expect(rendererConfig.preview).toMatchObject({ port: WEB_PORT, strictPort: true })
    expect(rendererConfig.server).toMatchObject({ strictPort: true })
    const start = readFileSync('scripts/start.mjs', 'utf8')
    expect(start).toContain('strictPort: true')
    expect(start).not.toContain('strictPort: false')
  })

  it('taken by a running Leadlog: reuse it and say where', async () => {
    const port = await serve('<!doctype html><title>Leadlog</title>')
    expect(await whenPortTaken(port)).toEqual({
      reuse: true,
      url: `http://127.0.0.1:${port}/`,
      message: `Leadlog is already running at http://127.0.0.1:${port}/: open that address (your journal is there).`,
    })
  })

  it('taken by another program: say so and stop', async () => {
    const port = await serve('<title>Something else</title>')
    const taken = await whenPortTaken(port)
    expect(taken.reuse).toBe(false)
    expect(taken.message).toMatch(
      new RegExp(`^Port ${port} is taken by another program, so Leadlog did not start\\.`),
    )
    expect(taken.message).toContain('another port would show an empty journal')
  })
})
