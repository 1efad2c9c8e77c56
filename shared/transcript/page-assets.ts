/**
 * The published page's inline style and script. The style reads at 200 % zoom (one column, no fixed
 * widths) and in forced colours (the current paragraph keeps a system-coloured bar). The script
 * seeks the video when a time link is followed and marks the paragraph being played with
 * `aria-current`, never moving focus; without it every time link still opens the video at that second.
 */

/** The page's style sheet. */
export const PAGE_STYLE = `
:root { color-scheme: light; }
body { font: 1.05rem/1.6 system-ui, 'Segoe UI', sans-serif; max-width: 48rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; color: #1b1f23; background: #fff; }
h1 { font-size: 1.8rem; line-height: 1.25; }
h2 { font-size: 1.4rem; margin-top: 2rem; }
h3 { font-size: 1.2rem; margin-top: 1.8rem; }
video { display: block; width: 100%; height: auto; max-height: 70vh; background: #000; }
a { color: #1f5fa8; }
a:focus-visible { outline: 3px solid #1f5fa8; outline-offset: 2px; }
.skip { position: absolute; left: -100vw; }
.skip:focus { position: static; display: inline-block; margin-bottom: 0.5rem; }
.chapters ol { padding-left: 1.6rem; }
.chapters li { margin: 0.2rem 0; }
.speaker { font-weight: 700; margin: 1.2rem 0 0.2rem; }
.speaker .role { font-weight: 400; color: #4a5560; }
.description, .caption { font-style: italic; color: #3d4852; }
a.time { font-variant-numeric: tabular-nums; white-space: nowrap; margin-right: 0.2em; }
.paragraph { margin: 0.4rem 0 0.4rem -0.75rem; padding: 0.1rem 0.5rem; border-left: 0.25rem solid transparent; }
.paragraph[aria-current] { border-left-color: #8a5a00; background: #fff3cc; }
@media (forced-colors: active) {
  .paragraph { forced-color-adjust: none; color: CanvasText; background: Canvas; border-left-color: Canvas; }
  .paragraph a.time { color: LinkText; }
  .paragraph[aria-current] { border-left-color: Highlight; background: Canvas; }
}
@media print { video, .skip, .chapters { display: none; } a { color: inherit; text-decoration: none; } }
`

/** The page's script: seek on a time link, aria-current on the paragraph being played. */
export const PAGE_SCRIPT = `
(function () {
  var video = document.getElementById('eglur-video');
  if (!video) return;
  var paragraphs = Array.prototype.slice.call(document.querySelectorAll('#eglur-transcript [data-start]'));
  var current = null;
  function mark() {
    var now = video.currentTime + 0.05, found = null;
    for (var i = 0; i < paragraphs.length; i++) {
      if (parseFloat(paragraphs[i].getAttribute('data-start')) <= now) found = paragraphs[i];
      else break;
    }
    if (found === current) return;
    if (current) current.removeAttribute('aria-current');
    if (found) found.setAttribute('aria-current', 'true');
    current = found;
  }
  video.addEventListener('timeupdate', mark);
  video.addEventListener('seeked', mark);
  document.addEventListener('click', function (event) {
    var link = event.target && event.target.closest ? event.target.closest('a[data-seek]') : null;
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    video.currentTime = parseFloat(link.getAttribute('data-seek'));
    var box = video.getBoundingClientRect();
    if (box.bottom < 0 || box.top > window.innerHeight) video.scrollIntoView({ block: 'start' });
    var played = video.play();
    if (played && played.catch) played.catch(function () {});
  });
})();
`
