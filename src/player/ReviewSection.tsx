// Below the transport, folded or not as the person last left it (per browser): what the marks on the
// lanes mean and the conversation figures.
import { lazy, memo, Suspense } from 'react';
import type { PlayerWords } from '../i18n/messages.js';
import { usePart } from '../theme/parts.js';
import { useRememberedFlag } from '../shared/useRememberedFlag.js';
import type { PlayerSnapshot } from './engine/state.js';
import type { Store } from './engine/store.js';
import type { PlayerCommands } from './engine/PlayerEngine.js';
import { LaneLegend } from './LaneLegend.js';
import { useStoreSlice } from './engine/store.js';

// Loaded once an analysis exists: a call that is never analysed (no lanes yet, an error) never needs it.
const ConversationFigures = lazy(() => import('./features/figures/ConversationFigures.js').then((m) => ({ default: m.ConversationFigures })));
const analysedOf = (s: PlayerSnapshot) => s.analysis !== null;

export const REVIEW_OPEN_KEY = 'talkturo:review-open';

interface ReviewSectionProps {
  store: Store<PlayerSnapshot>;
  actions: PlayerCommands;
  m: PlayerWords;
  locale: string | undefined;
  turns: boolean;
  events: boolean;
}

export const ReviewSection = memo(function ReviewSection({ store, actions, m, locale, turns, events }: ReviewSectionProps) {
  const part = usePart();
  const [open, setOpen] = useRememberedFlag(REVIEW_OPEN_KEY, true);
  const analysed = useStoreSlice(store, analysedOf, false);
  return (
    <details {...part('review')} open={open} onToggle={(e) => e.currentTarget.open !== open && setOpen(e.currentTarget.open)}>
      <summary {...part('review-summary')}>{m.reviewSection}</summary>
      <LaneLegend store={store} m={m} turns={turns} events={events} />
      {analysed && (
        <Suspense fallback={null}>
          <ConversationFigures store={store} actions={actions} m={m} locale={locale} />
        </Suspense>
      )}
    </details>
  );
});
