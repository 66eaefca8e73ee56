// The words of the lanes' legend, the transport's turn count, an event's details and the narrow log's
// folded filters and rows, in English and German; part of `Messages`, kept apart so neither catalog file grows past reading.

export interface LayoutMessages {
  /** The playback controls' group, for screen readers. */
  transport: string;
  /** Before playback reaches a turn, e.g. "5 turns". */
  turnCount: string;
  /** The legend's heading: what the marks on the lanes mean. */
  legend: string;
  legendPlayhead: string;
  legendTurnStart: string;
  legendEvent: string;
  legendResponse: string;
  legendSlowResponse: string;
  legendInterruption: string;
  /** The collapsible section under the transport that holds the legend and the figures. */
  reviewSection: string;
  /** A tool call's arguments, folded under the event. */
  eventArguments: string;
  /** The time axis under the lanes, for screen readers. */
  timeAxis: string;
  /** The help list's row for the groups that are one tab stop each. */
  shortcutGroups: string;
}

export const EN_LAYOUT_MESSAGES: LayoutMessages = {
  transport: 'Playback',
  turnCount: '{total} turns',
  legend: 'On the lanes',
  legendPlayhead: 'Playhead',
  legendTurnStart: 'Turn starts',
  legendEvent: 'Event',
  legendResponse: 'Answer time',
  legendSlowResponse: 'Slow answer',
  legendInterruption: 'Interruption',
  reviewSection: 'Conversation figures',
  eventArguments: 'Arguments',
  timeAxis: 'Time',
  shortcutGroups: 'move between events, and between the mute and solo switches',
};

export const DE_LAYOUT_MESSAGES: LayoutMessages = {
  transport: 'Wiedergabe',
  turnCount: '{total} Beiträge',
  legend: 'Auf den Spuren',
  legendPlayhead: 'Abspielposition',
  legendTurnStart: 'Beitragsbeginn',
  legendEvent: 'Ereignis',
  legendResponse: 'Antwortzeit',
  legendSlowResponse: 'Langsame Antwort',
  legendInterruption: 'Unterbrechung',
  reviewSection: 'Gesprächskennzahlen',
  eventArguments: 'Argumente',
  timeAxis: 'Zeit',
  shortcutGroups: 'zwischen Ereignissen und zwischen den Stumm- und Solo-Schaltern wechseln',
};
