// Settings section owned by the readiness feature.
export function RoleSettings() {
  return null
}
