// Styling switches shared by every component: a class per part (`classNames`), `unstyled`, `theme`.
// Nested components (the player inside the panel) inherit them from the one around them.
import { createContext, useCallback, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';

/** `system` follows the device's light or dark setting (`prefers-color-scheme`), also when it flips. */
export type Theme = 'dark' | 'light' | 'system';

const LIGHT_QUERY = '(prefers-color-scheme: light)';

function subscribeToScheme(onChange: () => void): () => void {
  if (typeof window === 'undefined' || !window.matchMedia) return () => undefined;
  const query = window.matchMedia(LIGHT_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
const schemeNow = (): 'dark' | 'light' => (typeof window !== 'undefined' && window.matchMedia?.(LIGHT_QUERY).matches ? 'light' : 'dark');
const noSubscription = () => () => undefined;

/** The preset in force: `system` read from the device (dark on the server, then the device's). */
function useResolvedTheme(theme: Theme | undefined): 'dark' | 'light' | undefined {
  const system = theme === 'system';
  const scheme = useSyncExternalStore(system ? subscribeToScheme : noSubscription, schemeNow, () => 'dark' as const);
  return system ? scheme : theme;
}

export interface StylingProps<Part extends string> {
  /** A class for each named part (the `data-part` attribute in the DOM), e.g. `{ play: 'btn btn-primary' }`. */
  classNames?: Partial<Record<Part, string>>;
  /** Keeps behaviour and accessibility but none of our looks: style the parts yourself. */
  unstyled?: boolean;
  /**
   * The colour preset (default `dark`, or what an outer component or `data-talkturo-theme` says);
   * `system` follows the device's light or dark setting as it changes.
   */
  theme?: Theme;
}

export interface Styling {
  classNames: Partial<Record<string, string>>;
  unstyled: boolean;
  theme: Theme | undefined;
  /** What the root says: `system` resolved to the device's preset. */
  resolvedTheme: 'dark' | 'light' | undefined;
}

const StylingContext = createContext<Styling>({ classNames: {}, unstyled: false, theme: undefined, resolvedTheme: undefined });

/** Merges a component's styling props over the ones it inherits. */
export function useStyling<Part extends string>({ classNames, unstyled, theme }: StylingProps<Part>): Styling {
  const outer = useContext(StylingContext);
  const resolvedTheme = useResolvedTheme(theme ?? outer.theme);
  return useMemo(
    () => ({
      classNames: classNames ? { ...outer.classNames, ...classNames } : outer.classNames,
      unstyled: unstyled ?? outer.unstyled,
      theme: theme ?? outer.theme,
      resolvedTheme,
    }),
    [outer, classNames, unstyled, theme, resolvedTheme],
  );
}

export function StylingProvider({ value, children }: { value: Styling; children: ReactNode }) {
  return <StylingContext.Provider value={value}>{children}</StylingContext.Provider>;
}

/** The root's styling attributes. */
export const rootStyling = (styling: Styling) => ({
  'data-theme': styling.resolvedTheme,
  'data-unstyled': styling.unstyled ? '' : undefined,
});

export type PartProps = { 'data-part': string; className?: string };

/** `part('play')` → the part's data attribute and the class the host gave it. */
export function usePart(): (name: string) => PartProps {
  return usePartFrom(useContext(StylingContext));
}

/** As usePart, for the component that provides `styling` to its children. */
export function usePartFrom({ classNames }: Styling): (name: string) => PartProps {
  return useCallback((name: string) => {
    const className = classNames[name];
    return className ? { 'data-part': name, className } : { 'data-part': name };
  }, [classNames]);
}
