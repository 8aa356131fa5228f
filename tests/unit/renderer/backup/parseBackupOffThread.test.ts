// A backup chosen for restore is checked in a Web Worker. These tests run the real worker
// module behind a stand-in Worker (jsdom has none) that copies every message both ways
// with structuredClone, as a browser does, and check that the page gets exactly what
// parseBackup gives, slice by slice, and that a failed worker is never replaced by a
// check on the page's own thread.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  parseBackup,
  serializeBackup,
  type Backup,
  type ParseBackupOptions,
} from '../../../../shared/backup'
import {
  COULD_NOT_CHECK,
  parseBackupOffThread,
  type StartWorker,
} from '../../../../renderer/src/features/backup/parseBackupOffThread'
import {
  ENTRIES_PER_MESSAGE,
  ReplyCollector,
  toReplies,
  type ParseReply,
  type ParseRequest,
} from '../../../../renderer/src/features/backup/parseBackupProtocol'
import { generateJournal } from '../../../fixtures/generateJournal'

const AS_OF = '2026-11-20'
const OPTIONS: ParseBackupOptions = { today: AS_OF }

function backupText(count: number, change?: (backup: Backup) => void): string {
  const backup: Backup = {
    format: 'leadlog-backup',
    formatVersion: 1,
    exportedAt: `${AS_OF}T12:00:00.000Z`,
    appVersion: '1.0.0',
    schemaVersion: 2,
    entries: generateJournal({ count, asOf: AS_OF }),
    settings: { targetRole: 'director-ops', fiscalYearStartMonth: 1 },
    bulletEdits: [],
  }
  change?.(backup)
  return serializeBackup(backup)
}

// Two and a half slices: the last one is short.
const LARGE = backupText(ENTRIES_PER_MESSAGE * 2 + ENTRIES_PER_MESSAGE / 2)
const INVALID = backupText(30, (b) => {
  b.entries[3]!.occurredOn = '2026-13-01'
  b.entries[9]!.title = ''
})

/** The worker module's own message listener, and where its replies go. */
let workerListener: ((event: { data: ParseRequest }) => void) | undefined
let replyTo: ((message: ParseReply) => void) | undefined

/** A Worker as the page sees it, wired to the real worker module in this thread. */
class FakeWorker extends EventTarget {
  /** 'request' and 'reply' in the order they happened. */
  readonly log: string[] = []
  terminated = false

  postMessage(request: ParseRequest): void {
    this.log.push(`request:${request.kind}`)
    replyTo = (message) => this.reply(message)
    const copy = structuredClone(request)
    setTimeout(() => workerListener!({ data: copy }))
  }

  reply(message: ParseReply): void {
    this.log.push(`reply:${message.kind}`)
    const event = new MessageEvent('message', { data: structuredClone(message) })
    setTimeout(() => this.dispatchEvent(event))
  }

  terminate(): void {
    this.terminated = true
  }
}

beforeAll(async () => {
  // The worker module registers with the global scope and answers with postMessage.
  vi.stubGlobal('addEventListener', (type: string, listener: typeof workerListener) => {
    if (type === 'message') workerListener = listener
  })
  vi.stubGlobal('postMessage', (message: ParseReply) => replyTo!(message))
  await import('../../../../renderer/src/features/backup/parseBackup.worker')
  expect(workerListener).toBeTypeOf('function')
})

afterAll(() => vi.unstubAllGlobals())

function startFake(): { start: StartWorker; workers: FakeWorker[] } {
  const workers: FakeWorker[] = []
  const start = () => {
    const worker = new FakeWorker()
    workers.push(worker)
    return worker as unknown as Worker
  }
  return { start, workers }
}

describe('checking a backup in a worker', () => {
  it('gives exactly what parseBackup gives for a valid backup of several slices', async () => {
    const { start, workers } = startFake()
    const result = await parseBackupOffThread(LARGE, OPTIONS, start)
    expect(result.ok && result.backup.entries).toHaveLength(2.5 * ENTRIES_PER_MESSAGE)
    expect(result).toEqual(parseBackup(LARGE, OPTIONS))
    expect(workers).toHaveLength(1)
    expect(workers[0]!.terminated).toBe(true)
  })

  it('asks for each slice only after taking in the one before', async () => {
    const { start, workers } = startFake()
    await parseBackupOffThread(LARGE, OPTIONS, start)
    expect(workers[0]!.log).toEqual([
      'request:parse',
      'reply:backup',
      ...Array.from({ length: 3 }, () => ['request:next', 'reply:entries']).flat(),
      'request:next',
      'reply:done',
    ])
  })

  it('reports every problem parseBackup finds, in one reply', async () => {
    const { start, workers } = startFake()
    const result = await parseBackupOffThread(INVALID, OPTIONS, start)
    expect(result.ok).toBe(false)
    expect(result).toEqual(parseBackup(INVALID, OPTIONS))
    expect(workers[0]!.log).toEqual(['request:parse', 'reply:problems'])
    expect(workers[0]!.terminated).toBe(true)
  })

  it('passes the reader’s day to the check', async () => {
    const { start } = startFake()
    const text = backupText(5, (b) => (b.entries[0]!.occurredOn = '2026-11-21'))
    const yesterday = await parseBackupOffThread(text, { today: '2026-11-19' }, start)
    expect(yesterday.ok).toBe(false)
    expect(await parseBackupOffThread(text, OPTIONS, start)).toMatchObject({ ok: true })
  })
})

describe('without Worker at all (jsdom) the check runs on the page', () => {
  it('gives what parseBackup gives', async () => {
    expect(typeof Worker).toBe('undefined')
    expect(await parseBackupOffThread(LARGE, OPTIONS)).toEqual(parseBackup(LARGE, OPTIONS))
    expect(await parseBackupOffThread(INVALID, OPTIONS)).toEqual(parseBackup(INVALID, OPTIONS))
  })
})

describe('a worker that fails says the file could not be checked, never checks on the page', () => {
  it('when the worker cannot be created', async () => {
    const start = () => {
      throw new DOMException('blocked', 'SecurityError')
    }
    expect(await parseBackupOffThread(INVALID, OPTIONS, start)).toEqual(COULD_NOT_CHECK)
  })

  it('when the worker script fails to load or crashes', async () => {
    const broken = new FakeWorker()
    broken.postMessage = () => {
      setTimeout(() => broken.dispatchEvent(new Event('error', { cancelable: true })))
    }
    const result = await parseBackupOffThread(LARGE, OPTIONS, () => broken as unknown as Worker)
    expect(result).toEqual(COULD_NOT_CHECK)
    expect(broken.terminated).toBe(true)
  })

  it('when a reply cannot be read', async () => {
    const garbled = new FakeWorker()
    garbled.postMessage = () => {
      setTimeout(() => garbled.dispatchEvent(new Event('messageerror')))
    }
    const result = await parseBackupOffThread(LARGE, OPTIONS, () => garbled as unknown as Worker)
    expect(result).toEqual(COULD_NOT_CHECK)
    expect(COULD_NOT_CHECK.ok || COULD_NOT_CHECK.errors[0]?.message).toMatch(
      /^could not be checked: .* Nothing was changed/,
    )
  })
})

describe('the reply protocol', () => {
  it('round-trips a result through its replies, bullet edits and settings included', () => {
    const result = parseBackup(
      backupText(ENTRIES_PER_MESSAGE + 1, (b) => {
        b.bulletEdits = [
          {
            entryId: b.entries[0]!.id,
            text: 'Led the migration',
            pinned: true,
            hidden: false,
            entryUpdatedAt: b.entries[0]!.updatedAt,
            updatedAt: `${AS_OF}T10:00:00.000Z`,
          },
        ]
      }),
      OPTIONS,
    )
    expect(result.ok && result.backup.bulletEdits).toHaveLength(1)
    const replies = [...toReplies(result)]
    expect(replies.map((r) => r.kind)).toEqual(['backup', 'entries', 'entries', 'done'])
    const collector = new ReplyCollector()
    const collected = replies.map((reply) => collector.add(structuredClone(reply)))
    expect(collected.slice(0, -1)).toEqual([undefined, undefined, undefined])
    expect(collected.at(-1)).toEqual(result)
  })

  it('an empty journal is a backup reply and done', () => {
    const result = parseBackup(backupText(0), OPTIONS)
    expect([...toReplies(result)].map((r) => r.kind)).toEqual(['backup', 'done'])
  })

  it('refuses entries that arrive before the backup they belong to', () => {
    expect(() => new ReplyCollector().add({ kind: 'entries', entries: [] })).toThrow(
      'before the backup',
    )
  })
})
