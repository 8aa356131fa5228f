// The readiness feature's door: what other folders may use.
export { ReadinessView } from './ReadinessView'
export { RoleSettings } from './RoleSettings'
export { ChooseRoleLink, TargetRoleLine } from './TargetRoleLine'
export { useThemeColors, type ThemeColors } from './useThemeColors'
