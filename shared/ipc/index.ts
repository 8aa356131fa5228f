export * from './ipc'
