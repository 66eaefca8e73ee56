// Mute and solo for one side of the call. Its code, and the reading of the samples that mute and solo
// need (with CORS, through Web Audio), come only with this part: a root without it never asks for them.
import { useId, type HTMLAttributes } from 'react';
import { usePart } from '../../../theme/parts.js';
import { DEFAULT_MIX, type Speaker, type SpeakerMix } from '../../engine/state.js';
import { useStoreSlice } from '../../engine/store.js';
import { useFeature, useOwnPart, withPlayer } from '../../parts/context.js';
import { muteSolo } from './feature.js';
import type { ListeningState } from './Listening.js';

const mixOf = (s: ListeningState) => s.mix;
const listeningOf = (s: ListeningState) => s.listening;

/** Why mute and solo are off, in the player's words. */
export const LISTENING_NOTES: Partial<Record<ListeningState['listening'], 'listeningCorsBlocked' | 'listeningMono' | 'listeningUnsupported'>> = {
  'cors-blocked': 'listeningCorsBlocked',
  mono: 'listeningMono',
  unsupported: 'listeningUnsupported',
};

export interface MuteSoloProps extends HTMLAttributes<HTMLDivElement> {
  /** Whose side: the caller's (white) or the assistant's (purple). */
  speaker: Speaker;
}

/**
 * Mute (M) and Solo (S) for one side. They stay focusable when the recording cannot be split (its
 * storage refuses CORS, it is mono, the browser has no Web Audio), and say why.
 */
export const MuteSolo = /* @__PURE__ */ withPlayer<MuteSoloProps, HTMLDivElement>('MuteSolo', ({ player, forwardedRef, className, speaker, ...rest }) => {
  const part = usePart();
  const own = useFeature(player, muteSolo);
  const { commands, m } = player;
  const mix = useStoreSlice(own, mixOf, DEFAULT_MIX);
  const listening = useStoreSlice(own, listeningOf, 'checking');
  const noteId = useId();
  const nameId = useId();
  const note = LISTENING_NOTES[listening];
  const off = listening !== 'available';
  const caller = speaker === 'caller';
  const button = (what: keyof SpeakerMix, label: string, letter: string) => (
    <button
      type="button"
      {...part(what === 'muted' ? 'mute' : 'solo')}
      aria-label={label}
      aria-pressed={mix[speaker][what]}
      aria-disabled={off || undefined}
      aria-describedby={note ? noteId : undefined}
      onClick={() => !off && commands.toggleMix(speaker, what)}
    >
      {letter}
    </button>
  );
  return (
    <div role="group" aria-labelledby={nameId} {...rest} ref={forwardedRef} {...useOwnPart('mute-solo', className)} data-channel={speaker} data-listening={listening}>
      <span id={nameId} {...part('lane-label')} data-channel={speaker}>{caller ? m.caller : m.assistant}</span>
      {button('muted', caller ? m.muteCaller : m.muteAssistant, 'M')}
      {button('solo', caller ? m.soloCaller : m.soloAssistant, 'S')}
      {note && <span id={noteId} {...part('listening-note')}>{m[note]}</span>}
    </div>
  );
});
