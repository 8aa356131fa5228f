// An encrypted backup is opened in a Web Worker (Argon2id and the decryption would freeze
// the window). These tests run the real worker module behind a stand-in Worker that copies
// messages with structuredClone, as a browser does: the page gets the plain text, or the
// same SealError the module throws, and still gets it when the worker cannot help.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  createKeyring,
  generateRecoveryKey,
  openSealedBackupText,
  randomKeyBytes,
  sealBackupText,
  SealError,
} from '../../../../shared/crypto'
import {
  openSealedBackupOffThread,
  type OpenSealedReply,
  type OpenSealedRequest,
  type StartWorker,
} from '../../../../renderer/src/features/backup/openSealedBackupOffThread'

const PASSPHRASE = 'a passphrase for this test'
const PLAIN = '{"format":"leadlog-backup","entries":[]}\n'
let sealed = ''

let workerListener: ((event: { data: OpenSealedRequest }) => void) | undefined
let replyTo: ((message: OpenSealedReply) => void) | undefined

class FakeWorker extends EventTarget {
  readonly replies: OpenSealedReply['kind'][] = []
  terminated = false

  postMessage(request: OpenSealedRequest): void {
    replyTo = (message) => this.reply(message)
    const copy = structuredClone(request)
    setTimeout(() => workerListener!({ data: copy }))
  }

  reply(message: OpenSealedReply): void {
    this.replies.push(message.kind)
    const event = new MessageEvent('message', { data: structuredClone(message) })
    setTimeout(() => this.dispatchEvent(event))
  }

  terminate(): void {
    this.terminated = true
  }
}

function startFake(): { start: StartWorker; workers: FakeWorker[] } {
  const workers: FakeWorker[] = []
  const start = () => {
    const worker = new FakeWorker()
    workers.push(worker)
    return worker as unknown as Worker
  }
  return { start, workers }
}

beforeAll(async () => {
  const keyBytes = randomKeyBytes()
  const keyring = await createKeyring(
    keyBytes,
    { passphrase: PASSPHRASE, recoveryKey: generateRecoveryKey() },
    { kdf: { memoryKiB: 64, passes: 1 } },
  )
  sealed = await sealBackupText(keyBytes, keyring, PLAIN)
  vi.stubGlobal('addEventListener', (type: string, listener: typeof workerListener) => {
    if (type === 'message') workerListener = listener
  })
  vi.stubGlobal('postMessage', (message: OpenSealedReply) => replyTo!(message))
  await import('../../../../renderer/src/features/backup/openSealedBackup.worker')
  expect(workerListener).toBeTypeOf('function')
})

afterAll(() => vi.unstubAllGlobals())

async function refusal(opening: Promise<string>): Promise<SealError> {
  const error: unknown = await opening.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(SealError)
  return error as SealError
}

describe('opening an encrypted backup in a worker', () => {
  it('gives the plain backup text for the right passphrase', async () => {
    const { start, workers } = startFake()
    expect(await openSealedBackupOffThread(sealed, PASSPHRASE, start)).toBe(PLAIN)
    expect(workers[0]!.replies).toEqual(['opened'])
    expect(workers[0]!.terminated).toBe(true)
  })

  it('gives the module’s own SealError for a wrong passphrase', async () => {
    const { start, workers } = startFake()
    const error = await refusal(openSealedBackupOffThread(sealed, 'wrong', start))
    const direct = await refusal(openSealedBackupText(sealed, 'wrong'))
    expect(error.reason).toBe('wrong-key-or-tampered')
    expect(error.message).toBe(direct.message)
    expect(workers[0]!.replies).toEqual(['refused'])
    expect(workers[0]!.terminated).toBe(true)
  })

  it('says what is wrong with a file that is not an encrypted backup', async () => {
    const { start } = startFake()
    const error = await refusal(openSealedBackupOffThread(PLAIN, PASSPHRASE, start))
    expect(error.reason).toBe('malformed')
    expect(error.message).toMatch(/plain Leadlog backup/)
  })
})

describe('without a working worker it opens on the page', () => {
  it('where Worker does not exist (as in jsdom)', async () => {
    expect(typeof Worker).toBe('undefined')
    expect(await openSealedBackupOffThread(sealed, PASSPHRASE)).toBe(PLAIN)
    await refusal(openSealedBackupOffThread(sealed, 'wrong'))
  })

  it('when the worker cannot be created', async () => {
    const start = () => {
      throw new DOMException('blocked', 'SecurityError')
    }
    expect(await openSealedBackupOffThread(sealed, PASSPHRASE, start)).toBe(PLAIN)
  })

  it('when the worker script fails to load', async () => {
    const broken = new FakeWorker()
    broken.postMessage = () => {
      setTimeout(() => broken.dispatchEvent(new Event('error', { cancelable: true })))
    }
    const opening = openSealedBackupOffThread(sealed, PASSPHRASE, () => broken as unknown as Worker)
    expect(await opening).toBe(PLAIN)
    expect(broken.terminated).toBe(true)
  })

  it('when the worker could not do the work itself', async () => {
    const failing = new FakeWorker()
    failing.postMessage = () => failing.reply({ kind: 'failed', message: 'out of memory' })
    const opening = openSealedBackupOffThread(
      sealed,
      PASSPHRASE,
      () => failing as unknown as Worker,
    )
    expect(await opening).toBe(PLAIN)
    expect(failing.terminated).toBe(true)
  })
})
