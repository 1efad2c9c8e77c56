/** The first-run welcome: the three jobs and the way in (sample project or the user's own video). */
export { WelcomeDialog, type WelcomeDialogProps } from './welcome-dialog'
