// The keys list, written from the one shortcut table: the default assembly shows it under its
// transport, and `PlayerKeys` is the same list behind a button, anywhere in a layout of parts.
import { Fragment, useId, useState, type HTMLAttributes, type ReactNode } from 'react';
import type { PlayerMessages } from '../../i18n/messages.player.js';
import { usePart } from '../../theme/parts.js';
import { composeHandlers } from '../../shared/composeHandlers.js';
import { KeyboardIcon } from '../icons.js';
import { helpRows } from '../shortcuts.js';

// Every row's words are the plain player's.
type HelpLabel = Extract<keyof PlayerMessages, `shortcut${string}`>;
import { useOwnPart, withPlayer } from './context.js';

/** Each key row of the table: its chords as key caps, then what it does. */
export function KeyRows({ m, takesNotes }: { m: Pick<PlayerMessages, HelpLabel>; takesNotes: boolean }) {
  return helpRows(takesNotes).map((row) => (
    <Fragment key={row.label}>
      <dt>{row.help.map((chord, i) => <Fragment key={i}>{i > 0 && ' '}{chord.map((cap, j) => <Fragment key={cap}>{j > 0 && ' + '}<kbd>{cap}</kbd></Fragment>)}</Fragment>)}</dt>
      <dd>{m[row.label as HelpLabel]}</dd>
    </Fragment>
  ));
}

export interface KeysProps extends HTMLAttributes<HTMLDivElement> {
  /** The button's content; a keyboard icon by default (its name is always "Keyboard shortcuts"). */
  icon?: ReactNode;
}

/** A button that shows and hides the player's keys, and the list it shows (keys work anywhere in the root). */
export const Keys = /* @__PURE__ */ withPlayer<KeysProps, HTMLDivElement>('Keys', ({ player: { m }, forwardedRef, className, icon, onKeyDown, ...rest }) => {
  const part = usePart();
  const [open, setOpen] = useState(false);
  const listId = useId();
  return (
    <div
      {...rest}
      ref={forwardedRef}
      {...useOwnPart('keys', className)}
      data-state={open ? 'open' : 'closed'}
      // Escape closes the list before anything else hears it.
      onKeyDown={composeHandlers(onKeyDown, (event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
        }
      })}
    >
      <button type="button" {...part('shortcuts')} aria-label={m.keyboardShortcuts} aria-expanded={open} aria-controls={listId} onClick={() => setOpen((v) => !v)}>
        {icon ?? <KeyboardIcon />}
      </button>
      <dl id={listId} {...part('shortcut-list')} hidden={!open}>
        <KeyRows m={m} takesNotes={false} />
      </dl>
    </div>
  );
});
