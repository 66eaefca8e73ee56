// Notes that overlap in time go on rows of their own, so none hides another: each note takes the first
// row whose last note has ended (a moment counts as `minSeconds` wide, what its marker covers on screen).

export interface Timed {
  start: number;
  end?: number | undefined;
}

/** The row of each note (same order as given), and how many rows there are. */
export function noteRows(notes: readonly Timed[], minSeconds: number): { rows: number[]; count: number } {
  // A stable sort: notes that start together keep the order they were given in.
  const order = notes.map((_, i) => i).sort((a, b) => notes[a]!.start - notes[b]!.start);
  const rowEnds: number[] = [];
  // Stryker disable next-line ArrayDeclaration: equivalent — every entry is written below
  const rows = new Array<number>(notes.length).fill(0);
  for (const i of order) {
    const note = notes[i]!;
    const end = Math.max(note.end ?? note.start, note.start + minSeconds);
    let row = rowEnds.findIndex((free) => free <= note.start);
    if (row < 0) row = rowEnds.push(end) - 1;
    else rowEnds[row] = end;
    rows[i] = row;
  }
  return { rows, count: rowEnds.length };
}
