// One answer's waterfall, from its reported stages and (once the lanes are measured) what was heard.
import { useMemo } from 'react';
import type { PipelineLatency } from '../../types.js';
import type { PanelWords } from '../../i18n/messages.js';
import type { PartProps } from '../../theme/parts.js';
import { waterfallOf } from '../../analysis/pipelineLatency.js';
import { PipelineWaterfall } from './Pipeline.js';

export function AnswerLatency({ latency, heardSeconds, ...rest }: { latency: PipelineLatency; heardSeconds: number | null; scaleMs: number; m: PanelWords; locale: string | undefined; part: (name: string) => PartProps }) {
  const waterfall = useMemo(() => waterfallOf(latency, heardSeconds), [latency, heardSeconds]);
  return waterfall ? <PipelineWaterfall waterfall={waterfall} {...rest} /> : null;
}
