// The bullets feature's door: what other folders may use.
export { BulletsView } from './BulletsView'
