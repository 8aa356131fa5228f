// Picks the implementation once: the desktop bridge when the preload exposed it.
import { browserPlatform } from './browser'
import { desktopPlatform } from './desktop'
import type { Platform } from './platform'

export type { Platform, FileFilter } from './platform'

export const platform: Platform = window.leadlog
  ? desktopPlatform(window.leadlog)
  : browserPlatform()
