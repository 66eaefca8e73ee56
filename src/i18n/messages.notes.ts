// The words of notes on a call (the Notes tab and its editor), in English and German.

export interface NotesMessages {
  tabNotes: string;
  /** The track of notes under the lanes. */
  notesTrack: string;
  noNotes: string;
  /** Adds a note at the playhead: `{time}`. */
  addNoteAt: string;
  noteLabel: string;
  noLabel: string;
  noteText: string;
  noteStartsAt: string;
  noteEndsAt: string;
  noteBadRange: string;
  saveNote: string;
  cancelNote: string;
  editNote: string;
  deleteNote: string;
  playNote: string;
  /** A note's name for screen readers: `{label}`, `{author}`, `{time}`. */
  noteName: string;
  /** A range: `{start}` to `{end}`. */
  noteRange: string;
  /** The handles that move a range note's ends: `{name}` is the note's name. */
  noteStartHandle: string;
  noteEndHandle: string;
  /** A move of a note's ends that was not saved: `{reason}`. */
  noteMoveFailed: string;
  savingNote: string;
  /** A save that failed: `{reason}`; what was typed is kept. */
  noteSaveFailed: string;
  noteConflict: string;
  noteDeleteFailed: string;
  loadingNotes: string;
  notesFailed: string;
  copyNotes: string;
  copyNoteLink: string;
  /** Under a turn that notes cover: `{labels}`. */
  turnNoted: string;
  /** Makes a note of the words selected in the transcript. */
  noteSelection: string;
  /**
   * Said when words of a turn are picked with the keys: `{words}`, `{start}`, `{end}`, and the keys that
   * make the note (`{noteKey}`) or drop the pick (`{clearKey}`).
   */
  wordsPicked: string;
  /** The call's labels with how many notes carry each. */
  noteLabels: string;
  /** `{label}` and `{count}`. */
  noteLabelCount: string;
}

export const EN_NOTES_MESSAGES: NotesMessages = {
  tabNotes: 'Notes',
  notesTrack: 'Notes on the timeline',
  noNotes: 'No notes on this call yet.',
  addNoteAt: 'Add note at {time}',
  noteLabel: 'Label',
  noLabel: 'No label',
  noteText: 'Note',
  noteStartsAt: 'Starts at (seconds)',
  noteEndsAt: 'Ends at (seconds)',
  noteBadRange: 'The end must come after the start.',
  saveNote: 'Save note',
  cancelNote: 'Cancel',
  editNote: 'Edit note',
  deleteNote: 'Delete note',
  playNote: 'Play from {time}',
  noteName: '{label} by {author} at {time}',
  noteRange: '{start} to {end}',
  noteStartHandle: 'Start of {name}',
  noteEndHandle: 'End of {name}',
  noteMoveFailed: 'The note was not moved: {reason}',
  savingNote: 'Saving…',
  noteSaveFailed: 'The note was not saved: {reason} Your text is kept; try again.',
  noteConflict: 'Someone else changed this note since you opened it. Your text is kept: save again to replace theirs, or cancel.',
  noteDeleteFailed: 'The note was not deleted: {reason}',
  loadingNotes: 'Loading notes…',
  notesFailed: 'The notes could not be loaded: {reason}',
  copyNotes: 'Copy notes',
  copyNoteLink: 'Copy link to this note',
  turnNoted: 'Noted: {labels}',
  noteSelection: 'Add note on the selected words',
  wordsPicked: 'Selected “{words}”, {start} to {end}. {noteKey} makes a note, {clearKey} lets go.',
  noteLabels: 'Labels on this call',
  noteLabelCount: '{label} · {count}',
};

export const DE_NOTES_MESSAGES: NotesMessages = {
  tabNotes: 'Notizen',
  notesTrack: 'Notizen auf der Zeitleiste',
  noNotes: 'Zu diesem Anruf gibt es noch keine Notizen.',
  addNoteAt: 'Notiz bei {time} hinzufügen',
  noteLabel: 'Kategorie',
  noLabel: 'Keine Kategorie',
  noteText: 'Notiz',
  noteStartsAt: 'Beginnt bei (Sekunden)',
  noteEndsAt: 'Endet bei (Sekunden)',
  noteBadRange: 'Das Ende muss nach dem Anfang liegen.',
  saveNote: 'Notiz speichern',
  cancelNote: 'Abbrechen',
  editNote: 'Notiz bearbeiten',
  deleteNote: 'Notiz löschen',
  playNote: 'Ab {time} abspielen',
  noteName: '{label} von {author} bei {time}',
  noteRange: '{start} bis {end}',
  noteStartHandle: 'Anfang von {name}',
  noteEndHandle: 'Ende von {name}',
  noteMoveFailed: 'Die Notiz wurde nicht verschoben: {reason}',
  savingNote: 'Wird gespeichert…',
  noteSaveFailed: 'Die Notiz wurde nicht gespeichert: {reason} Ihr Text bleibt erhalten; versuchen Sie es erneut.',
  noteConflict: 'Jemand anderes hat diese Notiz geändert, seit Sie sie geöffnet haben. Ihr Text bleibt erhalten: Speichern Sie erneut, um die andere Fassung zu ersetzen, oder brechen Sie ab.',
  noteDeleteFailed: 'Die Notiz wurde nicht gelöscht: {reason}',
  loadingNotes: 'Notizen werden geladen…',
  notesFailed: 'Die Notizen konnten nicht geladen werden: {reason}',
  copyNotes: 'Notizen kopieren',
  copyNoteLink: 'Link zu dieser Notiz kopieren',
  turnNoted: 'Notiert: {labels}',
  noteSelection: 'Notiz zu den markierten Wörtern',
  wordsPicked: 'Markiert: „{words}“, {start} bis {end}. {noteKey} macht eine Notiz, {clearKey} hebt die Markierung auf.',
  noteLabels: 'Kategorien in diesem Anruf',
  noteLabelCount: '{label} · {count}',
};
