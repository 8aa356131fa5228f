// The promotion feature's door: what other folders may use.
export { PromotionView } from './PromotionView'
