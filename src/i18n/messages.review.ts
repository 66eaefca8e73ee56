// The words of the call-review figures (response times, interruptions, talk share, events, moment
// links), in English and German; part of `Messages`, kept apart so neither catalog file grows past reading.

export interface ReviewMessages {
  /** The figures' group, for screen readers. */
  conversationFigures: string;
  responseTime: string;
  /** e.g. "median 0.8 s · 90th percentile 1.4 s". */
  responseSummary: string;
  /** e.g. "2 slow". */
  slowCount: string;
  noResponses: string;
  /** Beside an assistant turn, e.g. "answered in 0.8 s". */
  answeredIn: string;
  slowAnswer: string;
  interruptions: string;
  /** e.g. "caller 2 · assistant 1". */
  interruptionCounts: string;
  listInterruptions: string;
  /** e.g. "The caller cut in at 0:42; the assistant talked on for 1.5 s". */
  interruptionByCaller: string;
  interruptionByAssistant: string;
  /** e.g. "Replay from 0:40". */
  replayFrom: string;
  talkShare: string;
  /** e.g. "caller 34 % · assistant 41 % · silence 25 %". */
  talkShareValue: string;
  longestMonologue: string;
  /** e.g. "caller 0:12 · assistant 0:35". */
  monologueValue: string;
  /** A number of seconds, e.g. "0.8 s". */
  secondsShort: string;
  skipSilences: string;
  /** e.g. "0:06 of silence skipped". */
  silenceSkipped: string;
  copyMomentLink: string;
  /** e.g. "Link to 1:05 copied". */
  momentLinkCopied: string;
  events: string;
  /** e.g. "Tool call check_availability at 0:08". */
  eventAt: string;
  eventToolCall: string;
  eventHandoff: string;
  eventTransfer: string;
  eventHold: string;
  eventDtmf: string;
  eventConsent: string;
  /** The list of redacted stretches on the lanes. */
  redactedList: string;
  /** `{what}` redacted, `{side}`, `{start}` to `{end}`. */
  redactionName: string;
  bothSides: string;
  /** A consent marker with no label of its own. */
  consentGiven: string;
}

export const EN_REVIEW_MESSAGES: ReviewMessages = {
  conversationFigures: 'Conversation figures',
  responseTime: 'Response time',
  responseSummary: 'median {median} · 90th percentile {p90}',
  slowCount: '{count} slow',
  noResponses: 'no answers measured',
  answeredIn: 'answered in {seconds}',
  slowAnswer: 'slow',
  interruptions: 'Interruptions',
  interruptionCounts: 'caller {caller} · assistant {assistant}',
  listInterruptions: 'List interruptions',
  interruptionByCaller: 'The caller cut in at {time}; the assistant talked on for {seconds}',
  interruptionByAssistant: 'The assistant cut in at {time}; the caller talked on for {seconds}',
  replayFrom: 'Replay from {time}',
  talkShare: 'Talk share',
  talkShareValue: 'caller {caller} · assistant {assistant} · silence {silence}',
  longestMonologue: 'Longest monologue',
  monologueValue: 'caller {caller} · assistant {assistant}',
  secondsShort: '{seconds} s',
  skipSilences: 'Skip silences',
  silenceSkipped: '{time} of silence skipped',
  copyMomentLink: 'Copy link to this moment',
  momentLinkCopied: 'Link to {time} copied',
  events: 'Events',
  eventAt: '{type} {label} at {time}',
  eventToolCall: 'Tool call',
  eventHandoff: 'Handoff',
  eventTransfer: 'Transfer',
  eventHold: 'Hold',
  eventDtmf: 'Key press',
  eventConsent: 'Consent',
  redactedList: 'Redacted',
  redactionName: '{what} redacted, {side}, {start} to {end}',
  bothSides: 'both sides',
  consentGiven: 'Caller consented',
};

export const DE_REVIEW_MESSAGES: ReviewMessages = {
  conversationFigures: 'Gesprächskennzahlen',
  responseTime: 'Antwortzeit',
  responseSummary: 'Median {median} · 90. Perzentil {p90}',
  slowCount: '{count} langsam',
  noResponses: 'keine Antworten gemessen',
  answeredIn: 'geantwortet nach {seconds}',
  slowAnswer: 'langsam',
  interruptions: 'Unterbrechungen',
  interruptionCounts: 'Anrufer {caller} · Assistent {assistant}',
  listInterruptions: 'Unterbrechungen auflisten',
  interruptionByCaller: 'Der Anrufer fiel bei {time} ins Wort; der Assistent sprach noch {seconds} weiter',
  interruptionByAssistant: 'Der Assistent fiel bei {time} ins Wort; der Anrufer sprach noch {seconds} weiter',
  replayFrom: 'Ab {time} wiedergeben',
  talkShare: 'Redeanteil',
  talkShareValue: 'Anrufer {caller} · Assistent {assistant} · Stille {silence}',
  longestMonologue: 'Längster Monolog',
  monologueValue: 'Anrufer {caller} · Assistent {assistant}',
  secondsShort: '{seconds} s',
  skipSilences: 'Stille überspringen',
  silenceSkipped: '{time} Stille übersprungen',
  copyMomentLink: 'Link zu diesem Moment kopieren',
  momentLinkCopied: 'Link zu {time} kopiert',
  events: 'Ereignisse',
  eventAt: '{type} {label} bei {time}',
  eventToolCall: 'Tool-Aufruf',
  eventHandoff: 'Übergabe',
  eventTransfer: 'Weiterleitung',
  eventHold: 'Warteschleife',
  eventDtmf: 'Tastendruck',
  eventConsent: 'Einwilligung',
  redactedList: 'Geschwärzt',
  redactionName: '{what} geschwärzt, {side}, {start} bis {end}',
  bothSides: 'beide Seiten',
  consentGiven: 'Anrufer hat eingewilligt',
};
