// The settings feature's door: what other folders may use.
export { SettingsView } from './SettingsView'
