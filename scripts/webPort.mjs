// The browser build's one port. The browser keeps the journal per origin
// (http://127.0.0.1:4173), so a server that moved to the next free port would open an
// empty journal; when the port is taken, `npm start` reuses a Leadlog already serving
// there, or says what holds it and stops. Never another port.

export const WEB_PORT = 4173

/** Whether the page at `url` is Leadlog's (its index.html has <title>Leadlog</title>). */
export async function isLeadlogServer(url, fetchImpl = globalThis.fetch) {
  try {
    const response = await fetchImpl(url, { signal: AbortSignal.timeout(2000) })
    if (!response.ok) return false
    return /<title>Leadlog<\/title>/.test(await response.text())
  } catch {
    return false
  }
}

export function portTakenMessage(port) {
  return `Port ${port} is taken by another program, so Leadlog did not start. Leadlog's browser build always uses this one port: your journal is kept by the browser for http://127.0.0.1:${port}, and another port would show an empty journal. Close the program that uses port ${port} and run npm start again.`
}

export function alreadyRunningMessage(url) {
  return `Leadlog is already running at ${url}: open that address (your journal is there).`
}

/** What an EADDRINUSE means for this port: reuse a running Leadlog, or stop with a reason. */
export async function whenPortTaken(port, fetchImpl = globalThis.fetch) {
  const url = `http://127.0.0.1:${port}/`
  return (await isLeadlogServer(url, fetchImpl))
    ? { reuse: true, url, message: alreadyRunningMessage(url) }
    : { reuse: false, url, message: portTakenMessage(port) }
}
