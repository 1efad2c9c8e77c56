/** The version history: the Versions panel, and keeping a version before a bulk change. */
export { VersionsPanel } from './versions-panel'
export { keepVersionBefore, registerBulkChangeGate, useVersionedProject } from './version-keeper'
