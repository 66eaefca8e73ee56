import type { SyntheticEvent } from 'react';

/**
 * The host's handler first, then ours unless the host called `preventDefault()`: a host can take a
 * key (or a click) for itself, as with Radix's composed handlers.
 */
export function composeHandlers<E extends SyntheticEvent>(theirs: ((event: E) => void) | undefined, ours: (event: E) => void) {
  return (event: E) => {
    theirs?.(event);
    if (!event.defaultPrevented) ours(event);
  };
}
