// The call's pipeline figures, from its turns' latency and the audio's response times (when measured).
import { useMemo } from 'react';
import type { TranscriptTurn } from '../../types.js';
import type { ResponseTime } from '../../analysis/analyzeConversation.js';
import type { PanelWords } from '../../i18n/messages.js';
import type { PartProps } from '../../theme/parts.js';
import { pipelineSummary } from '../../analysis/pipelineLatency.js';
import { PipelineFigures } from './Pipeline.js';

export function CallPipeline({ turns, responses, ...rest }: { turns: readonly TranscriptTurn[]; responses: readonly ResponseTime[] | undefined; m: PanelWords; locale: string | undefined; part: (name: string) => PartProps }) {
  const summary = useMemo(() => {
    const heard = new Map((responses ?? []).flatMap((r) => (r.turnIndex === null ? [] : [[r.turnIndex, r.seconds] as const])));
    return pipelineSummary(turns, (index) => heard.get(index) ?? null);
  }, [turns, responses]);
  return summary ? <PipelineFigures summary={summary} {...rest} /> : null;
}
