// Browser mode with files on disk, as the desktop app works: `eglur serve VIDEO` opens the video with the
// captions found beside it, keeps a project file beside it saved after every edit, draws the waveform
// from the server's ffmpeg peaks, streams the video with ranges, lists recent projects, and the in-page
// chooser opens files from the home folder.
import { promises as fs } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeSampleMedia } from '../../scripts/sample-media'
import { parseProjectFile } from '../../shared/project/project-file'
import { rollingYouTubeVtt } from '../helpers/generate-captions'
import { ARTIFACTS, launchChromium, serve, type Served } from './browser'

let home: string
let video: string
let project: string
let browser: Browser
const servers: Served[] = []

beforeAll(async () => {
  home = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-home-')))
  const folder = path.join(home, 'Events')
  const sample = await makeSampleMedia(folder)
  video = path.join(folder, 'Cyfarfod y rhwydwaith.mp4')
  await fs.rename(sample.video, video)
  const words = sample.phrases.flatMap((p) =>
    p.words.map((w) => ({ ...w, text: w.text.toLowerCase().replace(/[.,]/g, '') })),
  )
  await fs.writeFile(path.join(folder, 'Cyfarfod y rhwydwaith.en.vtt'), rollingYouTubeVtt(words, 5).vtt)
  project = path.join(folder, 'Cyfarfod y rhwydwaith.eglur')
  await fs.mkdir(ARTIFACTS, { recursive: true })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  for (const s of servers) s.stop()
})

async function openPage(files: readonly string[] = [], port = 0, context?: BrowserContext): Promise<Page> {
  const served = await serve(files, { HOME: home, EGLUR_DATA_DIR: path.join(home, '.eglur-data') }, port)
  servers.push(served)
  const page = await (context ?? (await browser.newContext({ viewport: { width: 1400, height: 950 } }))).newPage()
  await page.goto(served.url)
  return page
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })

/** Waits until the project file's first caption reads `text` (the autosave bound is a second). */
function untilFirstCaptionSaved(text: string, what: string): Promise<void> {
  return untilSaved((saved) => saved.doc.cues[0]?.text === text, what)
}

/** Waits until the project file satisfies `done`. */
async function untilSaved(
  done: (saved: Awaited<ReturnType<typeof readProject>>) => boolean,
  what: string,
): Promise<void> {
  const started = Date.now()
  for (;;) {
    const saved = await readProject().catch(() => undefined)
    if (saved && done(saved)) return
    if (Date.now() - started > 5000) throw new Error(`${what} never reached the project file`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

const readProject = async () => {
  const parsed = parseProjectFile(await fs.readFile(project, 'utf8'))
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.project
}

describe('projects on disk in browser mode', () => {
  it('opens a named video with the captions beside it and saves every edit to a project file', async () => {
    const page = await openPage([video])
    await page.getByRole('heading', { name: 'Automated captions tidied up' }).waitFor()
    await page.getByRole('button', { name: 'Use the tidied captions' }).click()
    await page.waitForSelector('[role="grid"]')
    expect(await page.locator('.toolbar__summary').textContent()).toMatch(
      /Found the captions Cyfarfod y rhwydwaith\.en\.vtt beside the video/,
    )
    expect((await readProject()).media?.absolutePath).toBe(video)
    // The waveform comes from the server's ffmpeg peaks.
    await page.waitForFunction(
      () =>
        (document.querySelector('.waveform__canvas div')?.shadowRoot?.querySelectorAll('[part~="region"]').length ??
          0) >= 2,
      undefined,
      { timeout: 30_000 },
    )
    await page.locator('[role="row"]').first().click()
    await page.locator('#cue-text').fill('Croeso, everyone, to the co-production network.')
    // On disk within about a second of the last keystroke.
    await untilFirstCaptionSaved('Croeso, everyone, to the co-production network.', 'the edit')
    await page.getByText('All changes saved').waitFor()
    // The video streams with ranges: seeking to the middle works.
    const seeked = await page.evaluate(async () => {
      const v = document.querySelector('video')!
      if (v.readyState < 1) await new Promise((r) => v.addEventListener('loadedmetadata', r, { once: true }))
      v.currentTime = v.duration / 2
      await new Promise((r) => v.addEventListener('seeked', r, { once: true }))
      return { at: v.currentTime, duration: v.duration, seekableEnd: v.seekable.length ? v.seekable.end(0) : 0 }
    })
    expect(seeked.seekableEnd).toBeCloseTo(seeked.duration, 0)
    expect(seeked.at).toBeCloseTo(seeked.duration / 2, 0)
    await page.screenshot({ path: path.join(ARTIFACTS, 'project-on-disk.png') })
  })

  it('lists the project as recent and reopens it with the edit, without asking again', async () => {
    const page = await openPage()
    await page.getByRole('heading', { name: 'Recent projects' }).waitFor()
    await page.getByRole('button', { name: /Cyfarfod y rhwydwaith \(last used/ }).click()
    await page.waitForSelector('[role="grid"]')
    expect(await page.locator('[role="row"]').first().textContent()).toContain('Croeso')
    // A glossary entry and a change of profile are saved like caption edits, and so is undoing them.
    await page.getByRole('button', { name: 'Glossary', exact: true }).click()
    await page.fill('#glossary-from', 'rhwydwaith')
    await page.fill('#glossary-to', 'network')
    await page.getByRole('button', { name: 'Add to glossary' }).click()
    await untilSaved(
      (saved) => saved.glossary.some((g) => g.from === 'rhwydwaith' && g.to === 'network'),
      'the glossary entry',
    )
    await page.getByRole('button', { name: /^\d+ problems?$/ }).click()
    await page.locator('#profile-picker').selectOption('bbc')
    await untilSaved((saved) => saved.profileId === 'bbc', 'the profile')
    await page.getByRole('button', { name: 'Undo style profile change' }).click()
    await page.getByRole('button', { name: 'Undo add to glossary' }).click()
    await untilSaved((saved) => saved.glossary.length === 0 && saved.profileId !== 'bbc', 'undoing both')
    await page.getByText('All changes saved').waitFor()
    // Redo and undo again before the autosave sends: the work is as the file has it, and the indicator says so.
    await page.getByRole('button', { name: 'Redo add to glossary' }).click()
    await page.getByRole('button', { name: 'Undo add to glossary' }).click()
    await page.getByText('All changes saved').waitFor({ timeout: 5000 })
    expect((await readProject()).glossary).toEqual([])
  })

  it('opens files from the home folder through the in-page chooser', async () => {
    // The earlier tests' servers still hold the project open; a user who closed them is not warned.
    await Promise.all(
      servers
        .splice(0)
        .map(
          (s) =>
            new Promise((done) =>
              s.child.exitCode !== null ? done(undefined) : (s.child.once('exit', done), s.stop()),
            ),
        ),
    )
    const page = await openPage()
    await page.getByRole('button', { name: 'Choose video and captions…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Open video and captions' })
    await dialog.getByRole('button', { name: 'Folder: Events' }).click()
    await dialog.getByRole('checkbox', { name: 'Cyfarfod y rhwydwaith.mp4' }).check()
    await page.screenshot({ path: path.join(ARTIFACTS, 'in-page-chooser.png') })
    await dialog.getByRole('button', { name: 'Open 1 file' }).click()
    // The project beside the video is carried on with.
    await page.waitForSelector('[role="grid"]')
    expect(await page.locator('.toolbar__summary').textContent()).toMatch(/Opened Cyfarfod y rhwydwaith\.eglur/)
  })

  it('keeps typing made after the server stopped in the page, and saves it to the project when Eglur starts again', async () => {
    const port = await freePort()
    const context = await browser.newContext({ viewport: { width: 1400, height: 950 } })
    const page = await openPage([project], port, context)
    await page.waitForSelector('[role="grid"]')
    servers.at(-1)!.child.kill('SIGKILL')
    await page.locator('[role="row"]').first().click()
    await page.locator('#cue-text').fill('Typed while the helper was gone.')
    await page
      .getByText(/helper program has stopped/)
      .first()
      .waitFor()
    await page.screenshot({ path: path.join(ARTIFACTS, 'server-stopped.png') })
    // Eglur is started again on the same address: the page offers the work back and saves it to the project.
    const again = await openPage([], port, context)
    await again.getByRole('heading', { name: 'Unsaved work found' }).waitFor()
    await again.getByRole('button', { name: 'Recover this work' }).click()
    await again.waitForSelector('[role="grid"]')
    await untilFirstCaptionSaved('Typed while the helper was gone.', 'the recovered work')
    await again.getByText('All changes saved').waitFor()
  })
})
