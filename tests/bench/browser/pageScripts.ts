// Code that runs inside the app page. Kept as plain functions so Playwright can send
// them as they are; they reach nothing outside the page.

interface Commit {
  at: number
  /** After the frame that follows the commit: the commit is on screen. */
  paintedAt?: number
}

declare global {
  interface Window {
    __bench?: {
      firstRowAt: Promise<number>
      /** When the Journal's header first shows the count: every entry is loaded. */
      allLoadedAt: Promise<number>
      longTasks: { start: number; duration: number }[]
      commits: Commit[]
      lastInputAt: number
    }
    __REACT_DEVTOOLS_GLOBAL_HOOK__?: unknown
    __benchKeyStore?: {
      recalled: number
      /** Rejects when the app forgets the key (it did not fit): the lock screen shows. */
      refused: Promise<never>
    }
  }
}

/**
 * Installed before any app script runs. Records when the first timeline row is on
 * screen (the frame after it appears), every long task, every React commit (through the
 * hook React offers developer tools, which production builds call too) and the time of
 * the last input event.
 */
export function instrumentPage(): void {
  const longTasks: { start: number; duration: number }[] = []
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        longTasks.push({ start: e.startTime, duration: e.duration })
    }).observe({ type: 'longtask', buffered: true })
  } catch {
    // Long-task timing is missing in this browser; the figure then shows none.
  }
  const firstRowAt = new Promise<number>((resolve) => {
    const found = () => document.querySelector('[aria-label="Timeline"] button') !== null
    const observer = new MutationObserver(() => {
      if (!found()) return
      observer.disconnect()
      // The row is painted at the end of the next frame. Its animation-frame callback is
      // the last moment script sees before that paint; a task posted from it would run
      // after the paint but also after any task queued earlier (the app may start heavy
      // work right after its first paint), so it would overstate the wait.
      requestAnimationFrame(() => resolve(performance.now()))
    })
    observer.observe(document, { childList: true, subtree: true })
  })
  // The header's count shows only once the full read is in (before, the timeline holds
  // only its first screen).
  const allLoadedAt = new Promise<number>((resolve) => {
    const found = () => !!document.querySelector('#journal-title + span')?.textContent?.trim()
    const observer = new MutationObserver(() => {
      if (!found()) return
      observer.disconnect()
      requestAnimationFrame(() => resolve(performance.now()))
    })
    observer.observe(document, { childList: true, subtree: true, characterData: true })
  })
  const commits: Commit[] = []
  const bench = { firstRowAt, allLoadedAt, longTasks, commits, lastInputAt: 0 }
  window.__bench = bench
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => undefined,
    onScheduleFiberRoot: () => undefined,
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    onCommitFiberRoot: () => {
      const commit: Commit = { at: performance.now() }
      commits.push(commit)
      requestAnimationFrame(() => setTimeout(() => (commit.paintedAt = performance.now()), 0))
    },
  }
  document.addEventListener('input', (event) => (bench.lastInputAt = event.timeStamp), true)
}

/** True once a keystroke's work is on screen: a commit after it, painted, then quiet. */
export function settledAfter(commitsBefore: number): boolean {
  const { commits } = window.__bench!
  const last = commits.at(-1)
  return (
    commits.length > commitsBefore &&
    last?.paintedAt !== undefined &&
    performance.now() - last.at > 250
  )
}

/** From the input event to the paint of the last commit it caused. */
export function lastLatency(): number {
  const { commits, lastInputAt } = window.__bench!
  // A commit may have landed since the wait ended; take the last one already on screen.
  const painted = commits.findLast((c) => c.paintedAt !== undefined)
  return painted!.paintedAt! - lastInputAt
}

export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
}

/**
 * Installed before any app script runs, for the encrypted cold start: the desktop's
 * bridge (`window.leadlog`, which the preload exposes in Electron) with a key store that
 * remembers the journal's key. The app's own platform seam then picks the desktop
 * platform, and its start recalls the key through platform.keyStore.recall() and
 * unlocks with it, as the desktop app with "Unlock automatically on this computer" does.
 * No code in the app changes for the benchmark. The rest of the bridge does nothing:
 * today's backup is already written (so no daily backup starts), and nothing asks to
 * quit or lock.
 */
export function rememberKey(keyBase64: string): void {
  let refuse: (error: Error) => void = () => undefined
  const refused = new Promise<never>((_, reject) => (refuse = reject))
  refused.catch(() => undefined)
  const store = { recalled: 0, refused }
  window.__benchKeyStore = store
  const unused = () => Promise.reject(new Error('Not part of the benchmark.'))
  const today = new Date().toISOString()
  window.leadlog = {
    appInfo: async () => ({
      name: 'Leadlog',
      version: 'bench',
      platform: 'linux',
      userDataPath: '',
    }),
    saveFile: unused,
    printPdf: unused,
    openFile: unused,
    openExternal: async () => false,
    backupWrite: unused,
    backupList: async () => ({
      folder: '',
      backups: [{ name: 'bench.json', createdAt: today, entryCount: 0, bytes: 0 }],
    }),
    backupRead: unused,
    backupChooseFolder: async () => null,
    backupQuitDeclined: async () => undefined,
    keyAvailability: async () => ({ available: true }),
    keyRemember: async () => undefined,
    keyRecall: async () => {
      store.recalled++
      return keyBase64
    },
    keyForget: async () => refuse(new Error('the app refused the remembered key')),
    onQuitBackupRequest: () => () => undefined,
    onLockRequest: () => () => undefined,
    captureGetSettings: unused,
    captureSetSettings: unused,
    captureClose: unused,
  }
}
