/** Browser-test helpers for a screen reader's view of the page: the locale's own words, live regions heard, Tab to a control. */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { Locator, Page } from 'playwright-core'

const root = path.resolve(import.meta.dirname, '../..')

/** One thing a live region said, and the step of the test that was running. */
export type Heard = { region: string; text: string; step: string }

/** The page's own words in `lang`: the locale file's text for `key`, plural form and values filled in. */
export async function translator(
  lang: string,
): Promise<(key: string, values?: Record<string, string | number>) => string> {
  const strings = JSON.parse(
    await fs.readFile(path.join(root, `assets/locales/${lang}/translation.json`), 'utf8'),
  ) as Record<string, unknown>
  const lookup = (k: string) =>
    k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown> | undefined)?.[p], strings)
  return (key, values = {}) => {
    let text = lookup(key)
    if (typeof values.count === 'number') {
      const form =
        values.count === 0 && lookup(`${key}_zero`) !== undefined
          ? 'zero'
          : new Intl.PluralRules(lang).select(values.count)
      text = lookup(`${key}_${form}`) ?? lookup(`${key}_other`)
    }
    if (typeof text !== 'string') throw new Error(`no ${lang} text for ${key}`)
    return text.replace(/\{\{(\w+)\}\}/g, (_, v: string) => String(values[v]))
  }
}

/**
 * Hears what a screen reader hears: each change of text in a live region (role status or alert,
 * or aria-live), including the same words put there again. A status region that appears with its
 * text already in it is not read out by screen readers, so it is not heard here either.
 * Calls the page's exposed `heard(region, text)` function, which the caller must expose first.
 */
export function listenToLiveRegions(page: Page): Promise<void> {
  return page.evaluate(() => {
    const selector = '[role="status"], [role="alert"], [aria-live]'
    const last = new Map<Element, string>()
    const say = (window as unknown as { heard: (r: string, t: string) => void }).heard
    const name = (el: Element) =>
      el.getAttribute('aria-label') ??
      (el.id || (el.getAttribute('aria-atomic') ? 'announcer' : (el.getAttribute('role') ?? 'live')))
    for (const el of document.querySelectorAll(selector)) last.set(el, (el.textContent ?? '').trim())
    new MutationObserver((records) => {
      const changed = new Map<Element, boolean>()
      const inserted = new Set<Element>()
      // Regions that came with this change are known from now on; only an alert is read as it appears.
      for (const r of records)
        for (const node of r.addedNodes)
          if (node instanceof Element)
            for (const el of [node, ...node.querySelectorAll(selector)].filter(
              (e) => e.matches(selector) && !last.has(e),
            )) {
              const alert = el.getAttribute('role') === 'alert'
              last.set(el, alert ? '' : (el.textContent ?? '').trim())
              if (alert) changed.set(el, true)
              else inserted.add(el)
            }
      for (const r of records) {
        const target = r.target instanceof Element ? r.target : r.target.parentElement
        const region = target?.closest(selector)
        if (region) changed.set(region, (changed.get(region) ?? false) || r.addedNodes.length > 0)
      }
      for (const [el, added] of changed) {
        if (inserted.has(el)) continue
        const text = (el.textContent ?? '').trim()
        const before = last.get(el)
        last.set(el, text)
        if (text && (text !== before || added)) say(name(el), text)
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true })
  })
}

/** Whether `target` has focus. */
export const isFocused = (target: Locator): Promise<boolean> =>
  target.evaluate((el) => el === document.activeElement).catch(() => false)

/** Presses Tab (Shift+Tab when `back`) until `target` has focus, as a user moving through the page does. */
export async function tabUntil(page: Page, target: Locator, back = false, max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
  }
  throw new Error(`Tab never reached ${String(target)}`)
}
