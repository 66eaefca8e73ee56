/** Class names joined, the empty ones left out. */
export const joinClasses = (...names: (string | undefined)[]): string | undefined => names.filter(Boolean).join(' ') || undefined;
