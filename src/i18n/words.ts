// A component's words: its own English defaults (only the catalogs it shows), then the provider's
// replacements, then its own prop's. Kept apart from the catalogs so that resolving words pulls in no
// words a component does not show.

export function resolveWords<W extends object>(defaults: W, ...layers: (object | undefined)[]): W {
  return Object.assign({}, defaults, ...layers.filter(Boolean)) as W;
}
