import type { ReviewMessages } from './messages.review.js';
import type { LayoutMessages } from './messages.layout.js';
import { EN_ROW_PLAYER_MESSAGES, type RowPlayerMessages } from './messages.rows.js';
import { EN_LOGS_MESSAGES, type LogsMessages } from './messages.logs.js';
import type { CommonMessages } from './messages.common.js';
import { EN_PLAYER_WORDS, type PlayerMessages, type PlayerWords } from './messages.player.js';
import { EN_LOG_MESSAGES, type LogMessages } from './messages.log.js';
import { EN_PANEL_MESSAGES, type PanelMessages } from './messages.panel.js';
import { EN_NOTES_MESSAGES, type NotesMessages } from './messages.notes.js';
import { EN_LATENCY_MESSAGES, type LatencyMessages } from './messages.latency.js';

/** Every user-visible string, so a partner can replace any of them. `{name}` marks a value. */
export interface Messages extends CommonMessages, LogMessages, PanelMessages, PlayerMessages, ReviewMessages, LayoutMessages, NotesMessages, LatencyMessages, RowPlayerMessages, LogsMessages {}

export type { PlayerMessages, PlayerWords };
export { EN_PLAYER_WORDS };

// Calls a bundler may drop when nothing reads them: a page with the panel alone carries no log words.
export const EN_MESSAGES: Messages = /* @__PURE__ */ Object.assign({}, EN_PLAYER_WORDS, EN_LOG_MESSAGES, EN_PANEL_MESSAGES, EN_NOTES_MESSAGES, EN_LATENCY_MESSAGES, EN_ROW_PLAYER_MESSAGES, EN_LOGS_MESSAGES);

/** The words the panel shows: the player's, its own, the notes' and the pipeline's (no log words). */
export type PanelWords = Omit<Messages, keyof LogMessages | keyof RowPlayerMessages>;
export const EN_PANEL_WORDS: PanelWords = /* @__PURE__ */ Object.assign({}, EN_PLAYER_WORDS, EN_PANEL_MESSAGES, EN_NOTES_MESSAGES, EN_LATENCY_MESSAGES, EN_LOGS_MESSAGES);
