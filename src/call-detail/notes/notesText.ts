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

/** How many notes carry each label (unlabelled ones under undefined), most used first, then by first use. */
export function labelCounts(notes: readonly Annotation[]): [string | undefined, number][] {
  const counts = new Map<string | undefined, number>();
  for (const note of notes) counts.set(note.labelId, (counts.get(note.labelId) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}
