/** In-app help: the user guide's topics and the shortcuts in force. */
export { HelpPage, HELP_SECTIONS, helpKeys, type HelpPageProps } from './help-page'
