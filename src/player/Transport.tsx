// The transport, right under the lanes: Play, the time and the seek slider, speed, turns, skip
// silences, zoom, then the link, the keys and Download at the far end. It wraps on narrow players
// (container queries in styles.css); the keys it lists come from the one shortcut table.
import { Fragment, lazy, memo, Suspense, useId, useState } from 'react';
import type { TranscriptTurn } from '../types.js';
import type { PlayerWords } from '../theme/messages.js';
import { usePart } from '../theme/parts.js';
import type { PlayerSnapshot } from './engine/state.js';
import type { Store } from './engine/store.js';
import type { PlayerCommands } from './engine/PlayerEngine.js';
import { Download, DownloadStatus, PlayButton, Seek, Speed, Time } from './parts/controls.js';
import { TurnNav, ZoomControls } from './TurnAndZoom.js';
import { SkipSilences } from './SkipSilences.js';

import { KeyboardIcon } from './icons.js';
import { helpRows } from './shortcuts.js';

// Only where the host gives getMomentUrl.
const MomentLink = lazy(() => import('./MomentLink.js').then((m) => ({ default: m.MomentLink })));

interface TransportProps {
  store: Store<PlayerSnapshot>;
  actions: PlayerCommands;
  m: PlayerWords;
  callId: string;
  turns: readonly TranscriptTurn[];
  getMomentUrl: ((callId: string, seconds: number) => string) | undefined;
  /** The help list names the notes' keys too. */
  takesNotes: boolean;
  /** The switch to the unredacted recording, where the host allows it. */
  original?: { on: boolean; toggle: () => void } | null;
}

export const Transport = memo(function Transport({ store, actions, m, callId, turns, getMomentUrl, takesNotes, original }: TransportProps) {
  const part = usePart();
  const [showKeys, setShowKeys] = useState(false);
  const keysId = useId();
  return (
    <>
      <div {...part('controls')} role="group" aria-label={m.transport}>
        <PlayButton />
        <Time />
        <Seek />
        <Speed />
        {turns.length > 0 && <TurnNav store={store} actions={actions} m={m} turns={turns} />}
        <SkipSilences store={store} actions={actions} m={m} />
        <ZoomControls store={store} actions={actions} m={m} />
        <div {...part('tools')}>
          <DownloadStatus />
          {original && (
            <button type="button" {...part('original')} aria-pressed={original.on} onClick={original.toggle}>
              {m.originalRecording}
            </button>
          )}
          {getMomentUrl && <Suspense fallback={null}><MomentLink store={store} callId={callId} getMomentUrl={getMomentUrl} m={m} /></Suspense>}
          <button type="button" {...part('shortcuts')} aria-label={m.keyboardShortcuts} aria-expanded={showKeys} aria-controls={keysId} onClick={() => setShowKeys((v) => !v)}>
            <KeyboardIcon />
          </button>
          <Download />
        </div>
      </div>
      <dl id={keysId} {...part('shortcut-list')} hidden={!showKeys}>
        {helpRows(takesNotes).map((row) => (
          <Fragment key={row.label}>
            <dt>{row.help.map((chord, i) => <Fragment key={i}>{i > 0 && ' '}{chord.map((cap, j) => <Fragment key={cap}>{j > 0 && ' + '}<kbd>{cap}</kbd></Fragment>)}</Fragment>)}</dt>
            <dd>{m[row.label]}</dd>
          </Fragment>
        ))}
        <dt><kbd>←</kbd> <kbd>→</kbd></dt>
        <dd>{m.shortcutGroups}</dd>
      </dl>
    </>
  );
});
