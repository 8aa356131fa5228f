// Electron shows no context menu by itself: right-clicking a text field should still
// offer cut, copy and paste (and spelling suggestions where spellcheck is on).
import {
  Menu,
  type BrowserWindow,
  type ContextMenuParams,
  type MenuItemConstructorOptions,
  type WebContents,
} from 'electron'

type Params = Pick<
  ContextMenuParams,
  'isEditable' | 'selectionText' | 'editFlags' | 'misspelledWord' | 'dictionarySuggestions'
>

export function contextMenuTemplate(
  params: Params,
  contents: Pick<WebContents, 'replaceMisspelling'>,
): MenuItemConstructorOptions[] {
  const spelling: MenuItemConstructorOptions[] =
    params.isEditable && params.misspelledWord
      ? [
          ...params.dictionarySuggestions.slice(0, 5).map((word) => ({
            label: word,
            click: () => contents.replaceMisspelling(word),
          })),
          ...(params.dictionarySuggestions.length === 0
            ? [{ label: 'No suggestions', enabled: false }]
            : []),
          { type: 'separator' as const },
        ]
      : []
  if (params.isEditable) {
    const flags = params.editFlags
    return [
      ...spelling,
      { role: 'undo', enabled: flags.canUndo },
      { role: 'redo', enabled: flags.canRedo },
      { type: 'separator' },
      { role: 'cut', enabled: flags.canCut },
      { role: 'copy', enabled: flags.canCopy },
      { role: 'paste', enabled: flags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', enabled: flags.canSelectAll },
    ]
  }
  if (params.selectionText.trim() !== '') return [{ role: 'copy' }]
  return []
}

export function installContextMenu(window: BrowserWindow): void {
  window.webContents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, window.webContents)
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window })
  })
}
