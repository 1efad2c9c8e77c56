/** Public surface of the caption model. */
export * from './ids'
export * from './time'
export * from './cue'
export * from './speaker'
export * from './document'
export * from './edits'
export * from './style-profile'
