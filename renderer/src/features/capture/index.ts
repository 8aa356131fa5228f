// The capture feature's door: the quick-capture form (the #capture page the global
// shortcut opens) and its section in Settings.
export { QuickCapture } from './QuickCapture'
export { CaptureSettings } from './CaptureSettings'
