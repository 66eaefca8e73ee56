// What someone is typing into a note, kept for the page's session: closing the panel, switching calls or
// a failed save never loses it. Keyed by adapter scope, call and note ('new' for one not yet saved).

export interface NoteDraft {
  start: number;
  end?: number | undefined;
  turnIndex?: number | undefined;
  words?: [number, number] | undefined;
  labelId?: string | undefined;
  text: string;
}

const drafts = new Map<string, NoteDraft>();

export const draftKey = (scope: string | number, callId: string, noteId: string | null) => `${scope}\u0000${callId}\u0000${noteId ?? 'new'}`;

export function readDraft(key: string): NoteDraft | undefined {
  return drafts.get(key);
}

export function keepDraft(key: string, draft: NoteDraft): void {
  drafts.set(key, draft);
}

export function dropDraft(key: string): void {
  drafts.delete(key);
}
