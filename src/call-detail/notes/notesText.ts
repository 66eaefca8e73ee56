// A call's notes as plain text, for "Copy notes": one line per note, in time order.
import type { Annotation } from '../../types.js';
import { formatClock } from '../../format.js';

export function notesText(notes: readonly Annotation[], labelName: (id: string | undefined) => string): string {
  return notes
    .map((note) => {
      const time = note.end !== undefined ? `${formatClock(note.start)}–${formatClock(note.end)}` : formatClock(note.start);
      return `[${time}] ${labelName(note.labelId)} (${note.author.name})${note.text ? `: ${note.text}` : ''}`;
    })
    .join('\n');
}
