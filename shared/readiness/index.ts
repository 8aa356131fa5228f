export * from './readiness'
export * from './model'
export * from './suggestions'
export { perJournal } from './perJournal'
