// The quick-capture shortcut: only well-formed Electron accelerators with a real modifier
// pass, and each is shown the way the user's computer writes shortcuts.
import { describe, expect, it } from 'vitest'
import {
  acceleratorSchema,
  captureSettingsPatchSchema,
  DEFAULT_CAPTURE_SHORTCUT,
  describeAccelerator,
  isAccelerator,
} from '../../../../shared/ipc'

describe('acceleratorSchema', () => {
  it.each([
    DEFAULT_CAPTURE_SHORTCUT,
    'CmdOrCtrl+Shift+L',
    'Control+Alt+J',
    'Ctrl+Shift+Space',
    'Alt+F12',
    'Super+K',
    'Command+Option+N',
    'CommandOrControl+Shift+Plus',
    'CommandOrControl+Shift+/',
    'Ctrl+Alt+num5',
    'Ctrl+`',
    'AltGr+Q',
    'CommandOrControl+Alt+Shift+PageDown',
  ])('accepts %s', (value) => {
    expect(isAccelerator(value)).toBe(true)
  })

  it.each([
    ['empty', ''],
    ['a key alone', 'L'],
    ['Shift alone with a letter', 'Shift+L'],
    ['no key', 'Ctrl+Shift+'],
    ['two keys', 'Ctrl+L+K'],
    ['lower-case spelling', 'ctrl+shift+l'],
    ['a lower-case letter', 'Ctrl+l'],
    ['a modifier twice', 'Ctrl+Control+L'],
    ['CommandOrControl with Control', 'CommandOrControl+Control+L'],
    ['a literal plus', 'Ctrl++'],
    ['spaces', 'Ctrl + L'],
    ['an unknown key', 'Ctrl+Banana'],
    ['a media key', 'Ctrl+MediaPlayPause'],
    ['F25', 'Ctrl+F25'],
    ['five modifiers', 'Ctrl+Alt+Shift+Super+AltGr+L'],
    ['a command injection', 'Ctrl+L; rm -rf /'],
    ['a newline', 'Ctrl+L\n'],
  ])('refuses %s', (_label, value) => {
    expect(isAccelerator(value)).toBe(false)
  })

  it('says why in plain words', () => {
    const issue = (value: string) => acceleratorSchema.safeParse(value).error?.issues[0]?.message
    expect(issue('Shift+L')).toMatch(/needs Ctrl, Alt, Cmd or Super/)
    expect(issue('Ctrl+Ctrl+L')).toBe('names a modifier key twice')
    expect(issue('Ctrl+Banana')).toBe('is not a keyboard shortcut Leadlog can use')
  })
})

describe('captureSettingsPatchSchema', () => {
  it('takes any of the three settings and nothing else', () => {
    expect(captureSettingsPatchSchema.safeParse({}).success).toBe(true)
    expect(captureSettingsPatchSchema.safeParse({ keepInTray: true }).success).toBe(true)
    expect(
      captureSettingsPatchSchema.safeParse({
        captureShortcut: 'Alt+F12',
        captureEnabled: false,
        keepInTray: false,
      }).success,
    ).toBe(true)
    expect(captureSettingsPatchSchema.safeParse({ lastFolder: '/tmp' }).success).toBe(false)
    expect(captureSettingsPatchSchema.safeParse({ captureEnabled: 'true' }).success).toBe(false)
    expect(captureSettingsPatchSchema.safeParse({ captureShortcut: 'L' }).success).toBe(false)
  })
})

describe('describeAccelerator', () => {
  it('writes Ctrl+Shift+L on Windows and Linux', () => {
    expect(describeAccelerator(DEFAULT_CAPTURE_SHORTCUT, false)).toBe('Ctrl+Shift+L')
    expect(describeAccelerator('Alt+Super+Plus', false)).toBe('Alt+Super++')
    expect(describeAccelerator('Ctrl+Alt+num5', false)).toBe('Ctrl+Alt+Num 5')
  })

  it('writes ⇧⌘L on a Mac, modifiers in Apple’s order', () => {
    expect(describeAccelerator(DEFAULT_CAPTURE_SHORTCUT, true)).toBe('⇧⌘L')
    expect(describeAccelerator('Shift+Control+Option+K', true)).toBe('⌃⌥⇧K')
    expect(describeAccelerator('CommandOrControl+Alt+Space', true)).toBe('⌥⌘Space')
  })
})
