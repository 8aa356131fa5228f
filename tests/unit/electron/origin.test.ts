import { describe, expect, it } from 'vitest'
import { devServerUrl, isAppUrl } from '../../../electron/origin'

describe('app origin', () => {
  it.each([
    ['app://leadlog/index.html', true],
    ['app://leadlog/', true],
    ['app://leadlog.evil/index.html', false],
    ['app://other/index.html', false],
    ['https://leadlog/', false],
    ['file:///app/out/renderer/index.html', false],
    ['not a url', false],
  ])('%s is the app: %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected)
  })

  it('includes the dev server only when one is given', () => {
    expect(isAppUrl('http://localhost:5173/src/x.ts', 'http://localhost:5173')).toBe(true)
    expect(isAppUrl('http://localhost:5173/src/x.ts')).toBe(false)
  })
})

describe('dev server URL', () => {
  it('is used only in development and only on the loopback interface', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' }
    expect(devServerUrl(env, false)).toBe('http://localhost:5173')
    expect(devServerUrl(env, true)).toBeUndefined()
    expect(
      devServerUrl({ ELECTRON_RENDERER_URL: 'http://evil.example:5173' }, false),
    ).toBeUndefined()
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'https://127.0.0.1:5173' }, false)).toBeUndefined()
    expect(devServerUrl({}, false)).toBeUndefined()
  })
})
