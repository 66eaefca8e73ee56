// Below the lanes: what the analysis found (response times, interruptions with a replay each, talk
// share, longest monologues). Shown once the lanes are complete.
import { memo, useId, useState } from 'react';
import type { PlayerWords } from '../../../i18n/messages.js';
import type { ConversationAnalysis, Interruption } from '../../../analysis/analyzeConversation.js';
import { fillMessage, formatClock, formatSeconds, formatShare } from '../../../format.js';
import { usePart } from '../../../theme/parts.js';
import { useStoreSlice, type Store } from '../../engine/store.js';
import type { PlayerSnapshot } from '../../engine/state.js';
import type { PlayerCommands } from '../../engine/PlayerEngine.js';

interface FiguresProps {
  store: Store<PlayerSnapshot>;
  actions: PlayerCommands;
  m: PlayerWords;
  locale: string | undefined;
}

const analysisOf = (s: PlayerSnapshot) => s.analysis;

export const ConversationFigures = memo(function ConversationFigures({ store, actions, m, locale }: FiguresProps) {
  const part = usePart();
  const analysis = useStoreSlice(store, analysisOf, null);
  const [listed, setListed] = useState(false);
  const listId = useId();
  if (!analysis) return null;
  const seconds = (value: number) => formatSeconds(value, m, locale);
  const two = analysis.channels === 2;
  const { responseSummary: r, interruptionCounts, talkShare, longestMonologue } = analysis;
  return (
    <div {...part('figures')} role="group" aria-label={m.conversationFigures}>
      {two && (
        <dl {...part('figure-list')}>
          <div {...part('figure')} data-figure="response-time">
            <dt>{m.responseTime}</dt>
            <dd>
              {r.medianSeconds === null || r.p90Seconds === null
                ? m.noResponses
                : fillMessage(m.responseSummary, { median: seconds(r.medianSeconds), p90: seconds(r.p90Seconds) })}
              {r.slowCount > 0 && <span {...part('slow-count')}>{fillMessage(m.slowCount, { count: r.slowCount })}</span>}
            </dd>
          </div>
          <div {...part('figure')} data-figure="interruptions">
            <dt>{m.interruptions}</dt>
            <dd>
              {fillMessage(m.interruptionCounts, interruptionCounts)}
              {analysis.interruptions.length > 0 && (
                <button type="button" {...part('list-interruptions')} aria-expanded={listed} aria-controls={listId} onClick={() => setListed((v) => !v)}>
                  {m.listInterruptions}
                </button>
              )}
            </dd>
          </div>
          <div {...part('figure')} data-figure="talk-share">
            <dt>{m.talkShare}</dt>
            <dd>
              {fillMessage(m.talkShareValue, { caller: formatShare(talkShare.caller, locale), assistant: formatShare(talkShare.assistant, locale), silence: formatShare(talkShare.silence, locale) })}
              <TalkShareBar share={talkShare} />
            </dd>
          </div>
          <div {...part('figure')} data-figure="longest-monologue">
            <dt>{m.longestMonologue}</dt>
            <dd>{fillMessage(m.monologueValue, { caller: formatClock(longestMonologue.caller?.seconds ?? 0), assistant: formatClock(longestMonologue.assistant?.seconds ?? 0) })}</dd>
          </div>
        </dl>
      )}
      {two && analysis.interruptions.length > 0 && (
        <ol id={listId} {...part('interruption-list')} aria-label={m.interruptions} hidden={!listed}>
          {analysis.interruptions.map((i) => (
            <InterruptionRow key={`${i.by}-${i.at}`} interruption={i} actions={actions} m={m} seconds={seconds} />
          ))}
        </ol>
      )}
    </div>
  );
});

function InterruptionRow({ interruption: i, actions, m, seconds }: { interruption: Interruption; actions: PlayerCommands; m: PlayerWords; seconds: (value: number) => string }) {
  const part = usePart();
  const text = fillMessage(i.by === 'caller' ? m.interruptionByCaller : m.interruptionByAssistant, { time: formatClock(i.at), seconds: seconds(i.talkedOnSeconds) });
  return (
    <li data-by={i.by}>
      <span>{text}</span>
      <button
        type="button"
        {...part('replay')}
        onClick={() => {
          actions.seek(i.replayFrom);
          actions.play();
        }}
      >
        {fillMessage(m.replayFrom, { time: formatClock(i.replayFrom) })}
      </button>
    </li>
  );
}

function TalkShareBar({ share }: { share: ConversationAnalysis['talkShare'] }) {
  const part = usePart();
  // Caller alone, both at once, assistant alone, nobody: the four add up to the whole call.
  const pieces = [
    ['caller', share.caller - share.overlap],
    ['overlap', share.overlap],
    ['assistant', share.assistant - share.overlap],
    ['silence', share.silence],
  ] as const;
  return (
    <span {...part('share-bar')} aria-hidden="true">
      {pieces.map(([kind, value]) => <span key={kind} data-kind={kind} style={{ flexGrow: Math.max(0, value) }} />)}
    </span>
  );
}
