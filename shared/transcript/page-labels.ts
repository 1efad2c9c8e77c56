/**
 * The few words of a published page that are not the transcript's own. They follow the language
 * of the transcript (the page's `lang`), not of Eglur's screens: a Welsh event gets a Welsh page.
 */

/** Every fixed word on a published page. */
export type PageLabels = Readonly<{
  skip: string
  chapters: string
  transcript: string
  playFrom: string
  watchOnYouTube: string
  cannotPlay: string
  captionPrefix: string
  captionsTrack: string
  descriptionsTrack: string
  chaptersTrack: string
}>

const ENGLISH: PageLabels = {
  skip: 'Skip to the transcript',
  chapters: 'Chapters',
  transcript: 'Transcript',
  playFrom: 'Play from',
  watchOnYouTube: 'Watch the video on YouTube',
  cannotPlay: 'Your browser cannot play this video here. Download it:',
  captionPrefix: 'Caption:',
  captionsTrack: 'Captions',
  descriptionsTrack: 'Descriptions',
  chaptersTrack: 'Chapters',
}

const WELSH: PageLabels = {
  skip: 'Neidio i’r trawsgrifiad',
  chapters: 'Penodau',
  transcript: 'Trawsgrifiad',
  playFrom: 'Chwarae o',
  watchOnYouTube: 'Gwylio’r fideo ar YouTube',
  cannotPlay: 'Ni all eich porwr chwarae’r fideo hwn yma. Lawrlwythwch ef:',
  captionPrefix: 'Capsiwn:',
  captionsTrack: 'Capsiynau',
  descriptionsTrack: 'Disgrifiadau',
  chaptersTrack: 'Penodau',
}

/** The labels for a BCP 47 language: Welsh for `cy`, English otherwise. */
export function pageLabels(language: string): PageLabels {
  return /^cy\b/i.test(language) ? WELSH : ENGLISH
}
