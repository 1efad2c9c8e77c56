/**
 * The published web page of an event: the title, the video with its caption, description and
 * chapter tracks, a chapter list and the transcript (the same blocks as the HTML transcript), each
 * paragraph's time a link that plays the video from there. One file: styles and a small script
 * inline, the tracks as data: URLs (a page opened from file:// may not fetch files beside it), the
 * video by its file name. With a YouTube address the page embeds nothing and each time links to
 * the video there at that second. The transcript fragment alone is what a blog post takes.
 */

import { clockParts } from '../model/time'
import { languageName } from './language-names'
import { pageLabels, type PageLabels } from './page-labels'
import { escapeHtml, transcriptBlocksHtml } from './render-html'
import type { Transcript } from './transcript'
import { PAGE_SCRIPT, PAGE_STYLE } from './page-assets'

/** Where the page's video is. */
export type PageVideo = Readonly<
  { kind: 'file'; fileName: string; mimeType?: string } | { kind: 'youtube'; url: string }
>

/** The WebVTT text of the page's tracks (each may be absent). */
export type PageTracks = Readonly<{
  captions?: string
  descriptions?: string
  chapters?: string
  /** The captions in each further language (a project's translations), offered beside the main ones. */
  languages?: readonly Readonly<{ language: string; captions: string }>[]
}>

/** How to publish. */
export type PageOptions = Readonly<{ video: PageVideo; tracks?: PageTracks; labels?: PageLabels }>

/** `01:02:03`, the time shown on a link. */
function clock(ms: number): string {
  const { hours, minutes, seconds } = clockParts(ms)
  return [hours, minutes, seconds].map((n) => String(n).padStart(2, '0')).join(':')
}

/** The address of the video at a second: `talk.mp4#t=62`, or the YouTube address with `t=62`. */
export function timeHref(video: PageVideo, ms: number): string {
  const seconds = Math.floor(ms / 1000)
  if (video.kind === 'file') return `${encodeURIComponent(video.fileName)}#t=${seconds}`
  const [beforeHash] = video.url.split('#')
  const [base, query = ''] = beforeHash!.split('?')
  const kept = query.split('&').filter((p) => p && !/^t=/.test(p))
  return `${base}?${[...kept, `t=${seconds}`].join('&')}`
}

/** A time link: seconds for the page's script, the time as text, named "Play from 00:01:02" (it contains what is seen). */
function timeLink(video: PageVideo, ms: number, labels: PageLabels): string {
  const seek = video.kind === 'file' ? ` data-seek="${ms / 1000}"` : ''
  return `<a class="time" href="${escapeHtml(timeHref(video, ms))}"${seek} aria-label="${escapeHtml(labels.playFrom)} ${clock(ms)}">${clock(ms)}</a>`
}

/** The chapter list and the transcript, without page furniture: the part a blog post takes. */
export function renderTranscriptFragment(t: Transcript, options: PageOptions): string {
  const labels = options.labels ?? pageLabels(t.language)
  const out: string[] = []
  const headings = t.blocks.filter((b) => b.type === 'heading')
  if (headings.length > 0) {
    out.push(
      `<nav class="chapters" aria-labelledby="eglur-chapters">`,
      `<h2 id="eglur-chapters">${escapeHtml(labels.chapters)}</h2>`,
      '<ol>',
    )
    for (const h of headings) out.push(`<li>${timeLink(options.video, h.startMs, labels)} ${escapeHtml(h.text)}</li>`)
    out.push('</ol>', '</nav>')
  }
  out.push(
    `<section class="transcript" id="eglur-transcript" aria-labelledby="eglur-transcript-heading">`,
    `<h2 id="eglur-transcript-heading">${escapeHtml(labels.transcript)}</h2>`,
  )
  if (t.introduction) out.push(`<p class="introduction">${escapeHtml(t.introduction)}</p>`)
  out.push(
    ...transcriptBlocksHtml(t, {
      headingTag: 'h3',
      captionPrefix: labels.captionPrefix,
      paragraphTime: (p) => `${timeLink(options.video, p.startMs, labels)} `,
      paragraphAttributes: (p) => ` class="paragraph" data-start="${p.startMs / 1000}"`,
    }),
    '</section>',
  )
  return `${out.join('\n')}\n`
}

const dataUrl = (vtt: string): string => `data:text/vtt;charset=utf-8,${encodeURIComponent(vtt)}`

/** The video element with its tracks, or the link to YouTube. */
function videoHtml(t: Transcript, options: PageOptions, labels: PageLabels): string {
  const video = options.video
  if (video.kind === 'youtube')
    return `<p class="watch"><a href="${escapeHtml(video.url)}">${escapeHtml(labels.watchOnYouTube)}</a></p>`
  const src = escapeHtml(encodeURIComponent(video.fileName))
  const lang = escapeHtml(t.language)
  const tracks: string[] = []
  if (options.tracks?.captions)
    tracks.push(
      `<track kind="captions" srclang="${lang}" label="${escapeHtml(labels.captionsTrack)}" src="${dataUrl(options.tracks.captions)}" default>`,
    )
  for (const other of options.tracks?.languages ?? []) {
    tracks.push(
      `<track kind="captions" srclang="${escapeHtml(other.language)}" label="${escapeHtml(languageName(other.language))}" src="${dataUrl(other.captions)}">`,
    )
  }
  if (options.tracks?.descriptions)
    tracks.push(
      `<track kind="descriptions" srclang="${lang}" label="${escapeHtml(labels.descriptionsTrack)}" src="${dataUrl(options.tracks.descriptions)}">`,
    )
  if (options.tracks?.chapters)
    tracks.push(
      `<track kind="chapters" srclang="${lang}" label="${escapeHtml(labels.chaptersTrack)}" src="${dataUrl(options.tracks.chapters)}">`,
    )
  const type = video.mimeType ? ` type="${escapeHtml(video.mimeType)}"` : ''
  return [
    `<video id="eglur-video" controls preload="metadata" playsinline>`,
    `<source src="${src}"${type}>`,
    ...tracks,
    `<p>${escapeHtml(labels.cannotPlay)} <a href="${src}">${escapeHtml(video.fileName)}</a></p>`,
    '</video>',
  ].join('\n')
}

/** The whole page, one self-contained file. */
export function renderPage(t: Transcript, options: PageOptions): string {
  const labels = options.labels ?? pageLabels(t.language)
  return `<!doctype html>
<html lang="${escapeHtml(t.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Eglur">
<title>${escapeHtml(t.title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<a class="skip" href="#eglur-transcript">${escapeHtml(labels.skip)}</a>
<main>
<h1>${escapeHtml(t.title)}</h1>
${videoHtml(t, options, labels)}
${renderTranscriptFragment(t, { ...options, labels })}</main>
${options.video.kind === 'file' ? `<script>${PAGE_SCRIPT}</script>\n` : ''}</body>
</html>
`
}
