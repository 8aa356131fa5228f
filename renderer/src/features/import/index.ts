// The import feature's door: the Settings section, and the palette's request to show it.
import { useImportUi } from './importSlice'

export { ImportSection } from './ImportSection'

/** Asks the Import section to bring its button into view and focus it. */
export function requestImportFocus(): void {
  useImportUi.getState().requestFocus()
}
