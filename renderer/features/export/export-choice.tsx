/** One choice in the Export dialog: a button that makes the file, and a hint saying what it is for. */

/** A list item with the button and its hint. */
export function ExportChoice({ label, hint, onChoose }: { label: string; hint: string; onChoose: () => void }) {
  return (
    <li>
      <button type="button" onClick={onChoose}>
        {label}
      </button>{' '}
      <span className="export-dialog__hint">{hint}</span>
    </li>
  )
}
