// A component's words: its own English defaults (only the catalogs it shows), then the provider's
// replacements, then its own prop's. Kept apart from the catalogs so that resolving words pulls in no
// words a component does not show.
import type { CommonMessages } from './messages.common.js';
import { EN_COMMON_MESSAGES } from './messages.common.js';
import type { LogMessages } from './messages.log.js';
import { EN_LOG_MESSAGES } from './messages.log.js';

export function resolveWords<W extends object>(defaults: W, ...layers: (object | undefined)[]): W {
  return Object.assign({}, defaults, ...layers.filter(Boolean)) as W;
}

/** What the call log shows. */
export type LogWords = CommonMessages & LogMessages;
export const EN_LOG_WORDS: LogWords = { ...EN_COMMON_MESSAGES, ...EN_LOG_MESSAGES };
