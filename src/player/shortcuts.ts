// The player's keys, written once: this table drives the key handler, the aria-keyshortcuts of each
// control and the help list under the keyboard button.
import type { PlayerWords } from '../i18n/messages.js';
import type { PlayerCommands } from './engine/PlayerEngine.js';
import type { NoteCommands } from './features/notes/useNoteMaking.js';

export interface ShortcutContext {
  commands: PlayerCommands;
  /** Present when the host takes notes (`onAnnotate`). */
  notes: NoteCommands | null;
  duration: number;
  key: string;
}

export interface Shortcut {
  /** `KeyboardEvent.key` values; letters in lower case (Caps Lock and Shift do not matter for them). */
  keys: readonly string[];
  shift?: boolean;
  /** Works before the recording has loaded too. */
  anyState?: boolean;
  /** Only on the Seek slider, where these keys mean "move along the recording". */
  sliderOnly?: boolean;
  /** Only where the host takes notes. */
  needsNotes?: boolean;
  /** What the help list shows: chords, each a list of key caps. */
  help?: readonly (readonly string[])[];
  label?: { [K in keyof PlayerWords]: PlayerWords[K] extends string ? K : never }[keyof PlayerWords];
  run(context: ShortcutContext): void;
}

const back = (key: string) => key === 'ArrowLeft' || key === 'ArrowDown' || key === 'PageDown';

export const SHORTCUTS = {
  playPause: { keys: [' ', 'k'], help: [['Space'], ['K']], label: 'shortcutPlayPause', run: ({ commands }) => commands.toggle() },
  skip: { keys: ['ArrowLeft', 'ArrowRight'], help: [['←'], ['→']], label: 'shortcutSkip', run: ({ commands, key }) => commands.skip(back(key) ? -5 : 5) },
  skipLong: {
    keys: ['ArrowLeft', 'ArrowRight'], shift: true, help: [['Shift', '←'], ['Shift', '→']], label: 'shortcutSkipLong',
    run: ({ commands, key }) => commands.skip(back(key) ? -15 : 15),
  },
  sliderStep: { keys: ['ArrowDown', 'ArrowUp'], sliderOnly: true, run: ({ commands, key }) => commands.skip(back(key) ? -5 : 5) },
  sliderPage: { keys: ['PageDown', 'PageUp'], sliderOnly: true, run: ({ commands, key }) => commands.skip(back(key) ? -15 : 15) },
  startEnd: { keys: ['Home', 'End'], help: [['Home'], ['End']], label: 'shortcutStartEnd', run: ({ commands, key, duration }) => commands.seek(key === 'Home' ? 0 : duration) },
  speed: { keys: ['[', ']'], anyState: true, help: [['['], [']']], label: 'shortcutSpeed', run: ({ commands, key }) => commands.stepRate(key === '[' ? -1 : 1) },
  turns: { keys: ['p', 'n'], help: [['P'], ['N']], label: 'shortcutTurns', run: ({ commands, key }) => void commands.goToTurn(key === 'p' ? -1 : 1) },
  zoom: { keys: ['-', '+', '='], help: [['-'], ['+']], label: 'shortcutZoom', run: ({ commands, key }) => commands.stepZoom(key === '-' ? -1 : 1) },
  notes: {
    keys: ['i', 'o', 'c'], needsNotes: true, help: [['I'], ['O'], ['C']], label: 'shortcutNotes',
    run: ({ notes, key }) => (key === 'i' ? notes?.markIn() : key === 'o' ? notes?.markOut() : notes?.annotate()),
  },
} satisfies Record<string, Shortcut>;

export type ShortcutId = keyof typeof SHORTCUTS;

const ARIA_NAMES: Record<string, string> = { ' ': 'Space', '=': '' };

/** The aria-keyshortcuts value for some of the table's rows (or for one key of a row). */
export function ariaShortcuts(ids: readonly ShortcutId[], onlyKey?: string): string {
  return ids.flatMap((id) => {
    const row: Shortcut = SHORTCUTS[id];
    return row.keys
      .filter((key) => (onlyKey === undefined || key === onlyKey) && ARIA_NAMES[key] !== '')
      .map((key) => `${row.shift ? 'Shift+' : ''}${ARIA_NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key)}`);
  }).join(' ');
}

/** The row a key press belongs to, if any. */
export function findShortcut(event: { key: string; shiftKey: boolean }, onSlider: boolean, takesNotes = false): Shortcut | undefined {
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return (Object.values(SHORTCUTS) as Shortcut[]).find((row) =>
    row.keys.includes(key) && (row.sliderOnly ? onSlider : true) && (!row.needsNotes || takesNotes) && (row.keys[0]!.startsWith('Arrow') ? Boolean(row.shift) === event.shiftKey : true));
}

type HelpRow = Shortcut & Required<Pick<Shortcut, 'help' | 'label'>>;
// Stryker disable next-line LogicalOperator: equivalent — every row has both a help and a label, or neither
const ALL_HELP_ROWS = (Object.values(SHORTCUTS) as Shortcut[]).filter((row): row is HelpRow => Boolean(row.help && row.label));

/** Rows for the help list, in table order (the notes' keys only where the host takes notes). */
export function helpRows(takesNotes: boolean): HelpRow[] {
  return ALL_HELP_ROWS.filter((row) => takesNotes || !row.needsNotes);
}

const EDITABLE = new Set(['SELECT', 'TEXTAREA']);

/** Runs the shortcut a key press means, if any (and calls preventDefault then). */
export function handleShortcutKey(
  event: { key: string; shiftKey: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean; target: EventTarget | null; preventDefault(): void },
  { commands, ready, duration, notes = null }: { commands: PlayerCommands; ready: boolean; duration: number; notes?: NoteCommands | null },
): void {
  const target = event.target as HTMLElement;
  if (event.altKey || event.ctrlKey || event.metaKey || EDITABLE.has(target.tagName) || target.isContentEditable) return;
  // Stryker disable next-line ConditionalExpression: equivalent — only an input has a type of "range"
  const onSlider = target.tagName === 'INPUT' && (target as HTMLInputElement).type === 'range';
  if (target.tagName === 'INPUT' && !onSlider) return;
  // Space on a button is that button's own click.
  if (event.key === ' ' && target.tagName === 'BUTTON') return;
  const row = findShortcut(event, onSlider, notes !== null);
  if (!row || (!ready && !row.anyState)) return;
  event.preventDefault();
  row.run({ commands, notes, duration, key: event.key.length === 1 ? event.key.toLowerCase() : event.key });
}
