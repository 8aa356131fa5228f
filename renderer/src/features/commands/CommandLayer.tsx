// Everything the keyboard layer adds to the app, mounted once by the shell: the keys,
// and the palette or the shortcuts sheet when one is open.
import { useCommands } from './useCommands'
import { useCommandsUi } from './commandsSlice'
import { useCommandKeys } from './useCommandKeys'
import { CommandPalette } from './CommandPalette'
import { ShortcutsSheet } from './ShortcutsSheet'
import './commands.css'

export function CommandLayer() {
  useCommandKeys()
  const commands = useCommands()
  const open = useCommandsUi((s) => s.open)
  const close = useCommandsUi((s) => s.close)
  if (open === 'palette') return <CommandPalette commands={commands} onClose={close} />
  if (open === 'shortcuts') return <ShortcutsSheet commands={commands} onClose={close} />
  return null
}
