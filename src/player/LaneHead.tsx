import { memo } from 'react';
import type { PlayerWords } from '../i18n/messages.js';
import { DEFAULT_MIX, type Speaker, type SpeakerMix } from './engine/state.js';
import type { ListeningState } from './features/mute-solo/Listening.js';
import { useStoreSlice, type Store } from './engine/store.js';
import { usePart } from '../theme/parts.js';

interface LaneHeadProps {
  speaker: Speaker;
  /** Mute and solo's own state (null until they are attached to the engine). */
  store: Store<ListeningState> | null;
  /** id of the text that says why listening is off, when it is. */
  noteId: string;
  messages: PlayerWords;
  onToggle(speaker: Speaker, what: keyof SpeakerMix): void;
  /** The four switches are one tab stop (arrows move between them): which of them is it. */
  tabStop: number;
  onFocusSwitch(index: number): void;
}

const mixOf = (s: ListeningState) => s.mix;
const listeningOf = (s: ListeningState) => s.listening;

/** A lane's name with its mute and solo switches. */
export const LaneHead = memo(function LaneHead({ speaker, store, noteId, messages: m, onToggle, tabStop, onFocusSwitch }: LaneHeadProps) {
  const part = usePart();
  const mix = useStoreSlice(store, mixOf, DEFAULT_MIX);
  const listening = useStoreSlice(store, listeningOf, 'checking');
  const off = listening !== 'available';
  const caller = speaker === 'caller';
  const button = (what: keyof SpeakerMix, label: string, letter: string) => {
    const index = (caller ? 0 : 2) + (what === 'muted' ? 0 : 1);
    return (
    <button
      type="button"
      {...part(what === 'muted' ? 'mute' : 'solo')}
      data-roving="mix"
      tabIndex={index === tabStop ? 0 : -1}
      onFocus={() => onFocusSwitch(index)}
      aria-label={label}
      aria-pressed={mix[speaker][what]}
      // Still focusable when off, so a screen reader user finds it and hears why.
      aria-disabled={off || undefined}
      aria-describedby={off ? noteId : undefined}
      onClick={() => !off && onToggle(speaker, what)}
    >
      {letter}
    </button>
    );
  };
  return (
    <div {...part('lane-head')} data-channel={speaker}>
      <span {...part('lane-label')} data-channel={speaker}>{caller ? m.caller : m.assistant}</span>
      {button('muted', caller ? m.muteCaller : m.muteAssistant, 'M')}
      {button('solo', caller ? m.soloCaller : m.soloAssistant, 'S')}
    </div>
  );
});
