export * from './accelerator'
export * from './channels'
export * from './schemas'
export * from './urls'
