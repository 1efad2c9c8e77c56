/**
 * The few sentences main shows itself (native menus, context menu, dialog filters), in English and
 * Welsh. Everything else is translated in the renderer; main only needs these before it can ask.
 */

/** Every string main shows. */
export type MenuStrings = Readonly<{
  file: string
  edit: string
  view: string
  window: string
  help: string
  open: string
  openRecent: string
  noRecent: string
  save: string
  saveAs: string
  exportVtt: string
  exportSrt: string
  exportTranscript: string
  settings: string
  quit: string
  undo: string
  redo: string
  cut: string
  copy: string
  paste: string
  selectAll: string
  find: string
  playPause: string
  resetZoom: string
  zoomIn: string
  zoomOut: string
  fullScreen: string
  devTools: string
  shortcuts: string
  helpContents: string
  noSuggestions: string
  addToDictionary: string
  filterAllSupported: string
  filterMedia: string
  filterCaptions: string
  filterProjects: string
  filterTranscripts: string
}>

const en: MenuStrings = {
  file: '&File',
  edit: '&Edit',
  view: '&View',
  window: '&Window',
  help: '&Help',
  open: 'Open…',
  openRecent: 'Open recent',
  noRecent: 'No recent projects',
  save: 'Save',
  saveAs: 'Save as…',
  exportVtt: 'Export WebVTT captions…',
  exportSrt: 'Export SRT captions…',
  exportTranscript: 'Export transcript…',
  settings: 'Settings…',
  quit: 'Quit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select all',
  find: 'Find and replace…',
  playPause: 'Play or pause',
  resetZoom: 'Actual size',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fullScreen: 'Full screen',
  devTools: 'Developer tools',
  shortcuts: 'Keyboard shortcuts',
  helpContents: 'Eglur help',
  noSuggestions: 'No suggestions',
  addToDictionary: 'Add to dictionary',
  filterAllSupported: 'Videos, captions and projects',
  filterMedia: 'Video and audio',
  filterCaptions: 'Captions',
  filterProjects: 'Eglur projects',
  filterTranscripts: 'Transcripts',
}

const cy: MenuStrings = {
  file: '&Ffeil',
  edit: '&Golygu',
  view: 'G&weld',
  window: 'Ff&enestr',
  help: '&Cymorth',
  open: 'Agor…',
  openRecent: 'Agor un diweddar',
  noRecent: 'Dim prosiectau diweddar',
  save: 'Cadw',
  saveAs: 'Cadw fel…',
  exportVtt: 'Allforio capsiynau WebVTT…',
  exportSrt: 'Allforio capsiynau SRT…',
  exportTranscript: 'Allforio trawsgrifiad…',
  settings: 'Gosodiadau…',
  quit: 'Gadael',
  undo: 'Dadwneud',
  redo: 'Ailwneud',
  cut: 'Torri',
  copy: 'Copïo',
  paste: 'Gludo',
  selectAll: 'Dewis y cyfan',
  find: 'Canfod a disodli…',
  playPause: 'Chwarae neu oedi',
  resetZoom: 'Maint gwirioneddol',
  zoomIn: 'Chwyddo i mewn',
  zoomOut: 'Chwyddo allan',
  fullScreen: 'Sgrin lawn',
  devTools: 'Offer datblygwyr',
  shortcuts: 'Llwybrau byr y bysellfwrdd',
  helpContents: 'Cymorth Eglur',
  noSuggestions: 'Dim awgrymiadau',
  addToDictionary: 'Ychwanegu at y geiriadur',
  filterAllSupported: 'Fideos, capsiynau a phrosiectau',
  filterMedia: 'Fideo a sain',
  filterCaptions: 'Capsiynau',
  filterProjects: 'Prosiectau Eglur',
  filterTranscripts: 'Trawsgrifiadau',
}

/** The dictionaries, by language code. */
export const MENU_STRINGS: Readonly<Record<'en' | 'cy', MenuStrings>> = { en, cy }

/** The language to show: the one chosen in settings, else the system locale (`cy-GB` → Welsh), else English. */
export function menuLanguage(settingsLanguage: string | undefined, systemLocale: string): 'en' | 'cy' {
  for (const candidate of [settingsLanguage, systemLocale]) {
    const base = candidate?.toLowerCase().split(/[-_]/)[0]
    if (base === 'cy' || base === 'en') return base
  }
  return 'en'
}

/** The strings for {@link menuLanguage}'s choice. */
export function menuStringsFor(settingsLanguage: string | undefined, systemLocale: string): MenuStrings {
  return MENU_STRINGS[menuLanguage(settingsLanguage, systemLocale)]
}
