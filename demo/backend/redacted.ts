// The demo's redacted call: the long call, whose caller gives a name, an email address and a postcode.
// Its transcript is sent as a speech-to-text service with entity detection sends it (the text, and
// where the entities are); its recording is redacted where it is stored, by the library's own
// redactor through the S3 handler (`<key>.redactions.json` uploaded beside it).
import type { Redaction, TranscriptTurn } from '../../src/types';

export const REDACTED_CALL = 'redacted';
export const REDACTED_KEY = 'recordings/redacted-call.mp3';

const ENTITIES: { turn: number; text: string; entity: string }[] = [
  { turn: 1, text: 'Jordan Ellis', entity: 'person_name' },
  { turn: 2, text: 'Jordan', entity: 'person_name' },
  { turn: 3, text: 'jordan dot ellis at example dot com', entity: 'email_address' },
  { turn: 5, text: 'nine four one one zero', entity: 'postcode' },
  { turn: 26, text: 'jordan dot ellis at example dot com', entity: 'email_address' },
  { turn: 30, text: 'Jordan', entity: 'person_name' },
];

export interface DemoRedaction {
  /** Per turn, the characters to mask (wire: `redactions: [{ start_char, end_char, entity }]`). */
  spans: Map<number, { start_char: number; end_char: number; entity: string }[]>;
  /** Where in the audio, on which side (from the words' timings, with a margin). */
  ranges: Redaction[];
}

/** Words' character offsets in their turn's text, in order. */
function wordOffsets(turn: TranscriptTurn): { start: number; end: number; startSeconds: number; endSeconds: number }[] {
  let at = 0;
  return (turn.words ?? []).map((word) => {
    const start = turn.text.indexOf(word.text, at);
    at = start + word.text.length;
    return { start, end: at, startSeconds: word.startSeconds, endSeconds: word.endSeconds };
  });
}

export function demoRedaction(turns: readonly TranscriptTurn[]): DemoRedaction {
  const spans: DemoRedaction['spans'] = new Map();
  const ranges: Redaction[] = [];
  for (const { turn: index, text, entity } of ENTITIES) {
    const turn = turns[index];
    const start = turn?.text.indexOf(text) ?? -1;
    if (!turn || start < 0) continue;
    const end = start + text.length;
    spans.set(index, [...(spans.get(index) ?? []), { start_char: start, end_char: end, entity }]);
    const words = wordOffsets(turn).filter((w) => w.end > start && w.start < end);
    if (!words.length) continue;
    ranges.push({
      start: Math.max(0, Math.round((words[0]!.startSeconds - 0.15) * 100) / 100),
      end: Math.round((words[words.length - 1]!.endSeconds + 0.2) * 100) / 100,
      channel: turn.speaker,
      entity,
    });
  }
  return { spans, ranges };
}
