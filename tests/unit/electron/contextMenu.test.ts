import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', async () => (await import('./fakeElectron')).electronMock)

const { contextMenuTemplate } = await import('../../../electron/contextMenu')

const allowAll = {
  canUndo: true,
  canRedo: false,
  canCut: true,
  canCopy: true,
  canPaste: true,
  canDelete: true,
  canSelectAll: true,
  canEditRichly: false,
}
const base = {
  isEditable: false,
  selectionText: '',
  editFlags: allowAll,
  misspelledWord: '',
  dictionarySuggestions: [] as string[],
}

describe('context menu', () => {
  it('offers editing roles in a text field, enabled as the page allows', () => {
    const template = contextMenuTemplate(
      { ...base, isEditable: true },
      { replaceMisspelling: vi.fn() },
    )
    expect(template.filter((item) => item.role).map((item) => [item.role, item.enabled])).toEqual([
      ['undo', true],
      ['redo', false],
      ['cut', true],
      ['copy', true],
      ['paste', true],
      ['selectAll', true],
    ])
  })

  it('offers copy for selected text and nothing on an empty spot', () => {
    const contents = { replaceMisspelling: vi.fn() }
    expect(contextMenuTemplate({ ...base, selectionText: 'Q3 review' }, contents)).toEqual([
      { role: 'copy' },
    ])
    expect(contextMenuTemplate(base, contents)).toEqual([])
  })

  it('puts spelling suggestions first and applies the one chosen', () => {
    const contents = { replaceMisspelling: vi.fn() }
    const template = contextMenuTemplate(
      {
        ...base,
        isEditable: true,
        misspelledWord: 'stakholder',
        dictionarySuggestions: ['stakeholder'],
      },
      contents,
    )
    expect(template[0]?.label).toBe('stakeholder')
    template[0]?.click?.({} as never, undefined, {} as never)
    expect(contents.replaceMisspelling).toHaveBeenCalledWith('stakeholder')
  })
})
