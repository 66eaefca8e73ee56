// A call's notes and the changes to them, through the adapter: optimistic in the cache, rolled back on
// failure (the editor keeps what was typed), refetched after every change so versions stay current.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Annotation, CallsAdapter } from '../../types.js';
import { callKeys } from '../../queries/keys.js';
import { annotationsOptions } from '../../queries/options.js';
import type { NoteDraft } from './drafts.js';

export interface NoteSave {
  /** null: a new note. */
  id: string | null;
  draft: NoteDraft;
}

const byTime = (a: Annotation, b: Annotation) => a.start - b.start;

/** Each saved change is one action in the host's audit log (`note`, at the note's start). */
export function useNotes(adapter: CallsAdapter, callId: string, audit?: ((type: 'note', at: number) => void) | null) {
  const client = useQueryClient();
  const key = callKeys.annotations(adapter, callId);
  const notes = useQuery(annotationsOptions(adapter, callId));

  const restore = (before: Annotation[] | undefined) => client.setQueryData(key, before);
  // The list's rows carry their notes' labels: they change with the notes.
  const refetch = () => Promise.all([client.invalidateQueries({ queryKey: key }), client.invalidateQueries({ queryKey: callKeys.lists(adapter) })]);

  const save = useMutation({
    mutationFn: async ({ id, draft }: NoteSave): Promise<Annotation> => {
      const fields = { start: draft.start, end: draft.end, turnIndex: draft.turnIndex, words: draft.words, labelId: draft.labelId, text: draft.text };
      if (id === null) return adapter.createAnnotation!(callId, fields);
      // The version in the cache now: after a conflict, the refetched one, so saving again replaces theirs.
      const version = client.getQueryData<Annotation[]>(key)?.find((n) => n.id === id)?.version ?? 0;
      return adapter.updateAnnotation!(callId, id, { ...fields, version });
    },
    onMutate: async ({ id, draft }) => {
      await client.cancelQueries({ queryKey: key });
      const before = client.getQueryData<Annotation[]>(key);
      const now = new Date().toISOString();
      client.setQueryData<Annotation[]>(key, (list = []) => {
        if (id !== null) return list.map((n) => (n.id === id ? { ...n, ...draft } : n)).sort(byTime);
        const pending: Annotation = { ...draft, id: `pending-${now}`, callId, author: { id: '', name: '…' }, createdAt: now, updatedAt: now, version: 0, canEdit: false };
        return [...list, pending].sort(byTime);
      });
      return { before };
    },
    onError: (_error, _save, context) => restore(context?.before),
    onSuccess: (saved) => audit?.('note', saved.start),
    onSettled: refetch,
  });

  const remove = useMutation({
    mutationFn: (id: string) => adapter.deleteAnnotation!(callId, id),
    onMutate: async (id) => {
      await client.cancelQueries({ queryKey: key });
      const before = client.getQueryData<Annotation[]>(key);
      client.setQueryData<Annotation[]>(key, (list = []) => list.filter((n) => n.id !== id));
      return { before };
    },
    onError: (_error, _id, context) => restore(context?.before),
    onSuccess: (_done, id, context) => audit?.('note', context?.before?.find((n) => n.id === id)?.start ?? 0),
    onSettled: refetch,
  });

  return { notes, save, remove, editable: !!(adapter.createAnnotation && adapter.updateAnnotation && adapter.deleteAnnotation) };
}
