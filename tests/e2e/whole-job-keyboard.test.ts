// The whole job with the keyboard alone and a screen reader's view of the page (#21 item 7), in
// English and in Welsh: controls are found only by role and accessible name (taken from the locale
// files), reached only by Tab, F6 and the app's shortcuts, and what the live regions say is heard
// through a MutationObserver. Each change must be announced once; axe finds nothing at the end.
// Typing in a caption is not announced on purpose: a screen reader user hears their own keys.
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeSampleMedia } from '../../scripts/sample-media'
import { rollingYouTubeVtt } from '../helpers/generate-captions'
import { w3cParse } from '../helpers/webvtt-oracle'
import { ARTIFACTS, launchChromium, serve, type Served } from './browser'
import { isFocused, listenToLiveRegions, tabUntil, translator, type Heard } from './screen-reader'

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

for (const lang of ['en', 'cy'] as const) {
  describe(`the whole job by keyboard and screen reader (${lang})`, () => {
    let t: Awaited<ReturnType<typeof translator>>
    let browser: Browser
    let page: Page
    let served: Served
    let step = ''
    const heard: Heard[] = []
    const mouse: string[] = []

    beforeAll(async () => {
      t = await translator(lang)
      const home = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), `eglur-whole-job-${lang}-`)))
      await fs.mkdir(ARTIFACTS, { recursive: true })
      // A generated event video with YouTube's rolling automated captions beside it, as downloaded.
      const sample = await makeSampleMedia(home)
      const words = sample.phrases.flatMap((p) =>
        p.words.map((w) => ({ ...w, text: w.text.toLowerCase().replace(/[.,]/g, '') })),
      )
      await fs.writeFile(path.join(home, 'sample.en.vtt'), rollingYouTubeVtt(words, 3).vtt)
      served = await serve([], { HOME: home, EGLUR_DATA_DIR: path.join(home, '.eglur-data') })
      await served.setSettings({ language: lang })
      browser = await launchChromium()
      page = await (
        await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 950 } })
      ).newPage()
      await page.exposeFunction('heard', (region: string, text: string) => void heard.push({ region, text, step }))
      await page.exposeFunction('recordMouse', (type: string) => void mouse.push(type))
      await page.addInitScript(() => {
        for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'click', 'wheel']) {
          // A click that a key press caused (Enter on a button) has detail 0; a real one has not.
          window.addEventListener(
            type,
            (e) =>
              (type !== 'click' || (e as MouseEvent).detail > 0) &&
              (window as unknown as { recordMouse: (t: string) => void }).recordMouse(type),
            true,
          )
        }
      })
    })

    afterAll(async () => {
      await browser?.close()
      served?.stop()
    })

    const listen = () => listenToLiveRegions(page)
    const tabTo = (target: Locator, back = false) => tabUntil(page, target, back)
    const said = (s: string) => heard.filter((h) => h.step === s)
    /** Waits until the announcer has said `expected` during this step, then lets late words arrive. */
    async function hears(expected: string | RegExp): Promise<void> {
      const match = (text: string) => (typeof expected === 'string' ? text === expected : expected.test(text))
      await expect.poll(() => said(step).some((h) => match(h.text)), { timeout: 10_000 }).toBe(true)
    }
    /** Ends a step: what the announcer said in it is exactly `expected` (each once, in order), and no region said the same thing twice running. */
    async function endStep(expected: readonly (string | RegExp)[]): Promise<void> {
      await page.waitForTimeout(400)
      const mine = said(step)
      const spoken = mine.filter((h) => h.region === 'announcer').map((h) => h.text)
      expect(spoken).toHaveLength(expected.length)
      expected.forEach((e, i) => (typeof e === 'string' ? expect(spoken[i]).toBe(e) : expect(spoken[i]).toMatch(e)))
      mine.forEach(
        (h, i) => i > 0 && expect(`${h.region}: ${h.text}`).not.toBe(`${mine[i - 1]!.region}: ${mine[i - 1]!.text}`),
      )
    }
    const textBox = () => page.getByRole('textbox', { name: t('cueEditor.text') })
    const kind = () => page.getByRole('combobox', { name: t('cueEditor.kind') })
    const row = (n: number) => page.getByRole('row', { name: new RegExp(`^${n}, `) })

    it('opens the video with its automated captions from the start screen and accepts the tidy-up', async () => {
      await page.goto(served.url)
      await page.getByRole('heading', { level: 1, name: 'Eglur' }).waitFor()
      await listen()
      step = 'open'
      await tabTo(page.getByRole('button', { name: t('start.chooseFiles') }))
      await page.keyboard.press('Enter')
      const chooser = page.getByRole('dialog', { name: t('chooser.heading') })
      await chooser.waitFor()
      // Only the video is ticked: the captions beside it with the same name are found for you.
      await tabTo(chooser.getByRole('checkbox', { name: /^sample\.mp4/ }))
      await page.keyboard.press('Space')
      await tabTo(chooser.getByRole('button', { name: t('chooser.open', { count: 1 }) }))
      await page.keyboard.press('Enter')
      await page.getByRole('heading', { name: t('cleanup.heading') }).waitFor({ timeout: 60_000 })
      // The choice has focus, so the screen reader reads it out with its region.
      const use = page.getByRole('button', { name: t('cleanup.useCleaned') })
      expect(await isFocused(use)).toBe(true)
      await endStep([])
      step = 'tidy-up'
      await page.keyboard.press('Enter')
      await page.getByRole('grid').waitFor()
      // Focus goes to the work's title (not the page body), so reading starts there.
      await expect.poll(() => isFocused(page.getByRole('heading', { level: 1, name: 'sample' }))).toBe(true)
      await hears(t('open.captionsFoundBeside', { file: 'sample.en.vtt', count: 5 }))
      await endStep([t('open.captionsFoundBeside', { file: 'sample.en.vtt', count: 5 })])
    })

    it('corrects three captions, moving between them by key', async () => {
      step = 'correct'
      await page.keyboard.press('F6')
      const fixes = [
        'Croeso, welcome everyone to the co-production network event.',
        'We will start by hearing how our networks work.',
        'When we talk about co-production, we mean three things.',
      ]
      for (const [i, fix] of fixes.entries()) {
        if (i > 0) await page.keyboard.press('Control+Alt+ArrowDown')
        expect(await isFocused(textBox())).toBe(true)
        expect(
          await page.getByRole('heading', { level: 2, name: t('cueEditor.headingNumber', { number: i + 1 }) }).count(),
        ).toBe(1)
        await page.keyboard.press('Control+a')
        await page.keyboard.type(fix)
      }
      for (const [i, fix] of fixes.entries())
        await expect.poll(() => row(i + 1).getAttribute('aria-label')).toContain(fix)
      await endStep([])
    })

    it('splits a caption at the cursor and merges it back with the next', async () => {
      step = 'split'
      await page.keyboard.press('Control+Home')
      for (let i = 0; i < 'When we talk about co-production,'.length; i++) await page.keyboard.press('ArrowRight')
      await page.keyboard.press('Control+Enter')
      await hears(t('announce.split', { number: 3 }))
      expect(await page.getByRole('grid').getAttribute('aria-rowcount')).not.toBeNull()
      await expect.poll(() => row(4).getAttribute('aria-label')).toMatch(/: we mean three things\.$/)
      await endStep([t('announce.split', { number: 3 })])
      step = 'merge'
      await page.keyboard.press('Control+Shift+M')
      await hears(t('announce.merged', { number: 3 }))
      await expect
        .poll(() => row(3).getAttribute('aria-label'))
        .toMatch(/When we talk about co-production, we mean three things\.$/)
      await endStep([t('announce.merged', { number: 3 })])
    })

    it('adds two speakers with roles and gives them captions with Alt+1 and Alt+Shift+2', async () => {
      const people = [
        ['Morwenna Evans', 'Chair'],
        ['Beth Perry', 'University of Sheffield'],
      ] as const
      for (const [name, role] of people) {
        step = `add ${name}`
        await tabTo(page.getByRole('textbox', { name: t('speakers.newName') }))
        await page.keyboard.type(name)
        await page.keyboard.press('Enter')
        await hears(t('announce.speakerAdded', { name }))
        await endStep([t('announce.speakerAdded', { name })])
        step = `role of ${name}`
        await tabTo(page.getByRole('textbox', { name: t('speakers.roleOf', { name }) }), true)
        await page.keyboard.type(role)
        await page.keyboard.press('Tab')
        expect(await isFocused(page.getByRole('button', { name: t('speakers.assignLabel', { name, count: 1 }) }))).toBe(
          true,
        )
        await hears(t('announce.speakersUpdated'))
        await endStep([t('announce.speakersUpdated')])
      }
      step = 'Alt+1'
      await page.keyboard.press('F6')
      expect(await isFocused(textBox())).toBe(true)
      await page.keyboard.press('Control+Alt+ArrowUp')
      await page.keyboard.press('Control+Alt+ArrowUp')
      await page.keyboard.press('Alt+1')
      await hears(t('announce.speakerAssigned', { name: 'Morwenna Evans' }))
      await endStep([t('announce.speakerAssigned', { name: 'Morwenna Evans' })])
      step = 'Alt+Shift+2'
      await page.keyboard.press('Control+Alt+ArrowDown')
      await page.keyboard.press('Alt+Shift+2')
      await hears(t('announce.speakerAssignedMany', { name: 'Beth Perry', count: 4 }))
      await endStep([t('announce.speakerAssignedMany', { name: 'Beth Perry', count: 4 })])
    })

    it('marks a description and a section heading with the Kind choice', async () => {
      step = 'description'
      await page.keyboard.press('Control+Alt+ArrowDown')
      await page.keyboard.press('Control+Alt+ArrowDown')
      await tabTo(kind())
      // Type-ahead in the closed list picks the option by its first word, as a screen reader user does.
      await page.keyboard.type(t('cueKind.description').split(' ')[0]!)
      await hears(t('announce.kindSet', { number: 4, kind: t('cueKind.description') }))
      await endStep([t('announce.kindSet', { number: 4, kind: t('cueKind.description') })])
      step = 'heading'
      await tabTo(textBox(), true)
      await page.keyboard.press('Control+Alt+ArrowDown')
      await tabTo(kind())
      await page.keyboard.type(t('cueKind.heading').split(' ')[0]!)
      await hears(t('announce.kindSet', { number: 5, kind: t('cueKind.heading') }))
      await endStep([t('announce.kindSet', { number: 5, kind: t('cueKind.heading') })])
    })

    it('finds and replaces, keeping focus in the panel', async () => {
      step = 'find and replace'
      await page.keyboard.press('Control+h')
      const find = page.getByRole('textbox', { name: t('find.find'), exact: true })
      expect(await isFocused(find)).toBe(true)
      await page.keyboard.type('co-production')
      await page.keyboard.press('Tab')
      expect(await isFocused(page.getByRole('textbox', { name: t('find.replaceWith') }))).toBe(true)
      await page.keyboard.type('coproduction')
      await page.getByRole('group', { name: t('find.preview', { count: 2 }) }).waitFor()
      await tabTo(page.getByRole('button', { name: t('find.replaceAll', { count: 2 }) }))
      await page.keyboard.press('Enter')
      await hears(t('announce.replaced', { count: 2 }))
      expect(await isFocused(find)).toBe(true)
      await endStep([t('announce.replaced', { count: 2 })])
    })

    it('adds a glossary entry and applies it', async () => {
      step = 'glossary'
      await tabTo(page.getByRole('button', { name: t('glossary.heading'), exact: true }), true)
      await page.keyboard.press('Enter')
      const from = page.getByRole('textbox', { name: t('glossary.from') })
      await tabTo(from)
      await page.keyboard.type('researchers')
      await page.keyboard.press('Tab')
      await page.keyboard.type('research staff')
      await page.keyboard.press('Enter')
      await tabTo(page.getByRole('button', { name: t('glossary.apply', { count: 1 }) }))
      await page.keyboard.press('Enter')
      await hears(t('announce.glossaryApplied', { count: 1 }))
      expect(await isFocused(from)).toBe(true)
      await expect.poll(() => row(5).getAttribute('aria-label')).toContain('research staff')
      await endStep([t('announce.glossaryApplied', { count: 1 })])
    })

    it('restores the version kept before the glossary from the Versions panel', async () => {
      step = 'versions'
      await tabTo(page.getByRole('button', { name: t('versions.heading'), exact: true }), true)
      await page.keyboard.press('Enter')
      const reason = escape(t('versions.reasons.glossary'))
      const preview = page.getByRole('button', { name: new RegExp(`\\(${reason}\\)$`) })
      await preview.waitFor()
      await tabTo(preview)
      await page.keyboard.press('Enter')
      // The preview's heading takes focus, so it is read out first.
      const heading = page.getByRole('heading', { name: new RegExp(`: ${reason}$`) })
      await expect.poll(() => isFocused(heading)).toBe(true)
      await tabTo(page.getByRole('button', { name: t('versions.restore') }))
      await page.keyboard.press('Enter')
      const restored = new RegExp(`^${escape(t('versions.restored', { time: '\u0000' })).replace('\u0000', '.+')}$`)
      await hears(restored)
      await expect.poll(() => row(5).getAttribute('aria-label')).toContain('as researchers.')
      await endStep([restored])
    })

    it('exports WebVTT and a transcript, and the files say what was done', async () => {
      step = 'export'
      const open = page.getByRole('button', { name: t('export.open') })
      await tabTo(open, true)
      await page.keyboard.press('Enter')
      const dialog = page.getByRole('dialog', { name: t('export.heading') })
      await dialog.waitFor()
      await tabTo(dialog.getByRole('button', { name: t('export.vtt') }))
      const [vtt] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
      await tabTo(dialog.getByRole('button', { name: t('export.transcript.md') }))
      const [md] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
      await expect
        .poll(() => said(step).map((h) => h.text))
        .toEqual([
          t('export.done', { file: vtt.suggestedFilename() }),
          t('export.done', { file: md.suggestedFilename() }),
        ])
      await page.keyboard.press('Escape')
      await dialog.waitFor({ state: 'detached' })
      expect(await isFocused(open)).toBe(true)
      await endStep([])

      const captions = await fs.readFile((await vtt.path())!, 'utf8')
      expect(w3cParse(captions).errors).toEqual([])
      expect(captions).toContain('<v Morwenna Evans>Croeso, welcome everyone to the coproduction network event.')
      expect(captions).toContain('<v Beth Perry>We will start by hearing how our networks work.')
      expect(captions.replace(/\n/g, ' ')).toContain('When we talk about coproduction, we mean three things.')
      expect(captions).not.toContain('co-production')
      expect(captions).not.toContain('research staff')
      const transcript = (await fs.readFile((await md.path())!, 'utf8')).replace(/\\/g, '')
      expect(transcript).toContain('Morwenna Evans, Chair')
      expect(transcript).toContain('Beth Perry, University of Sheffield')
      expect(transcript).toContain('[The relationship between citizens and the state.]')
      expect(transcript).toMatch(/^## And what this means for us as researchers\.$/m)
    })

    it('never used the mouse, and axe finds nothing', async () => {
      expect(mouse).toEqual([])
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze()
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
      await page.screenshot({ path: path.join(ARTIFACTS, `whole-job-keyboard-${lang}.png`) })
      if (lang === 'en') {
        const list = heard.map(
          (h, i) => `${i + 1}. [${h.step}] ${h.region === 'announcer' ? '' : `(${h.region}) `}${h.text}`,
        )
        await fs.writeFile(path.join(ARTIFACTS, 'whole-job-announcements.txt'), `${list.join('\n')}\n`)
      }
    })
  })
}
