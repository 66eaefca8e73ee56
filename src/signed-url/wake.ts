// A sleeping laptop or a frozen tab runs no timers: whoever schedules by the clock looks again the
// moment the page is back (visible again, resumed, restored from the back-forward cache, online).

const WAKE_EVENTS: [target: 'window' | 'document', type: string][] = [
  ['document', 'visibilitychange'], ['document', 'resume'], ['window', 'pageshow'], ['window', 'online'],
];

/** Calls `wake` when the page comes back; returns the function that stops listening. */
export function onWake(events: { window?: EventTarget; document?: EventTarget } | undefined, wake: () => void): () => void {
  const { window: win = globalThis.window, document: doc = globalThis.document } = events ?? {};
  const targets = { window: win, document: doc };
  const listener = () => {
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') return;
    wake();
  };
  const added = WAKE_EVENTS.filter(([where]) => targets[where]).map(([where, type]) => {
    targets[where]!.addEventListener(type, listener);
    return () => targets[where]!.removeEventListener(type, listener);
  });
  return () => added.forEach((remove) => remove());
}
