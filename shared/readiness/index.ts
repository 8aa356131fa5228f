export * from './readiness'
export * from './model'
export * from './suggestions'
