// What the voice pipeline reported: a waterfall under an answer (its stages as a bar, on a scale shared by
// the call's answers, and their numbers as text), and the call's medians and 90th percentiles per stage.
// Loaded only for calls whose turns carry latency.
import type { PipelineStage, PipelineSummary, Waterfall } from '../../analysis/pipelineLatency.js';
import type { PanelWords } from '../../i18n/messages.js';
import { fillMessage, formatMilliseconds } from '../../format.js';
import type { PartProps } from '../../theme/parts.js';

const STAGE_WORD: Record<PipelineStage, keyof PanelWords> = {
  transport: 'stageTransport', endpointing: 'stageEndpointing', stt: 'stageStt', llm: 'stageLlm', tool: 'stageTool', tts: 'stageTts',
};

interface Shared {
  m: PanelWords;
  locale: string | undefined;
  part: (name: string) => PartProps;
}

export function PipelineWaterfall({ waterfall, scaleMs, m, locale, part }: Shared & { waterfall: Waterfall; scaleMs: number }) {
  const width = (ms: number) => `${(Math.max(0, ms) / Math.max(1, scaleMs)) * 100}%`;
  const gap = waterfall.unaccountedMs;
  return (
    <div {...part('pipeline')} role="group" aria-label={m.pipelineLatency}>
      <div {...part('pipeline-bar')} aria-hidden="true">
        {waterfall.stages.map(({ stage, ms }) => <span key={stage} data-stage={stage} style={{ inlineSize: width(ms) }} />)}
        {gap !== null && gap > 0 && <span data-stage="unaccounted" style={{ inlineSize: width(gap) }} />}
        {waterfall.heardMs !== null && <span {...part('pipeline-heard')} style={{ insetInlineStart: width(waterfall.heardMs) }} />}
      </div>
      <ul {...part('pipeline-stages')}>
        {waterfall.stages.map(({ stage, ms }) => (
          <li key={stage} data-stage={stage}>{fillMessage(m.stageValue, { stage: m[STAGE_WORD[stage]] as string, ms: formatMilliseconds(ms, locale) })}</li>
        ))}
        {gap !== null && (
          <li data-stage="unaccounted">{fillMessage(gap > 0 ? m.unaccounted : m.overReported, { ms: formatMilliseconds(Math.abs(gap), locale) })}</li>
        )}
      </ul>
    </div>
  );
}

export function PipelineFigures({ summary, m, locale, part }: Shared & { summary: PipelineSummary }) {
  return (
    <section {...part('pipeline-summary')} aria-label={m.pipelineSummary}>
      <table>
        <caption>{m.pipelineSummary}</caption>
        <thead>
          <tr>
            <th scope="col">{m.pipelineStage}</th>
            <th scope="col">{m.pipelineMedian}</th>
            <th scope="col">{m.pipelineP90}</th>
          </tr>
        </thead>
        <tbody>
          {summary.stages.map(({ stage, p50Ms, p90Ms }) => (
            <tr key={stage} data-stage={stage}>
              <th scope="row">{m[STAGE_WORD[stage]] as string}</th>
              <td>{formatMilliseconds(p50Ms, locale)}</td>
              <td>{formatMilliseconds(p90Ms, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary.unaccountedMedianMs !== null && <p>{fillMessage(m.unaccountedMedian, { ms: formatMilliseconds(summary.unaccountedMedianMs, locale) })}</p>}
      <p>{fillMessage(m.pipelineCount, { count: summary.count })}</p>
    </section>
  );
}
