// The welcome feature's door: what other folders may use.
export { Welcome } from './Welcome'
