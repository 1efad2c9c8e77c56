/** The transcript view: the published transcript, edited in place (see transcript-view.tsx). */
export { TranscriptView, type TranscriptViewProps } from './transcript-view'
