/**
 * This page's writer id: a random name for this window or tab, made once when the page loads. Main
 * keeps one journal, one lock and one conflict check per writer, so two tabs on one project are two
 * writers and never silently overwrite each other's work.
 */

/** The writer id of this page. */
export const WRITER_ID: string = crypto.randomUUID().replace(/-/g, '')
