// The words of the pipeline's latency (per answer and per call), in English and German.

export interface LatencyMessages {
  /** A turn's waterfall, for screen readers. */
  pipelineLatency: string;
  stageTransport: string;
  stageEndpointing: string;
  stageStt: string;
  stageLlm: string;
  stageTool: string;
  stageTts: string;
  /** `{stage}` and `{ms}`. */
  stageValue: string;
  /** The caller waited `{ms}` longer than the stages add up to. */
  unaccounted: string;
  /** The stages add up to `{ms}` more than the caller waited. */
  overReported: string;
  /** The call's figures: a table's caption and its columns. */
  pipelineSummary: string;
  pipelineStage: string;
  pipelineMedian: string;
  pipelineP90: string;
  /** `{ms}`, or `{none}` where no answer was measured both ways. */
  unaccountedMedian: string;
  /** `{count}` answers report their stages. */
  pipelineCount: string;
}

export const EN_LATENCY_MESSAGES: LatencyMessages = {
  pipelineLatency: 'Pipeline latency',
  stageTransport: 'Transport',
  stageEndpointing: 'Endpointing',
  stageStt: 'Speech to text',
  stageLlm: 'Model',
  stageTool: 'Tools',
  stageTts: 'Text to speech',
  stageValue: '{stage} {ms}',
  unaccounted: 'unaccounted {ms}',
  overReported: 'reported {ms} more than heard',
  pipelineSummary: 'Pipeline latency per stage',
  pipelineStage: 'Stage',
  pipelineMedian: 'Median',
  pipelineP90: '90th percentile',
  unaccountedMedian: 'Unaccounted time (median): {ms}',
  pipelineCount: '{count} answers report their stages.',
};

export const DE_LATENCY_MESSAGES: LatencyMessages = {
  pipelineLatency: 'Latenz der Pipeline',
  stageTransport: 'Übertragung',
  stageEndpointing: 'Sprechende erkennen',
  stageStt: 'Spracherkennung',
  stageLlm: 'Modell',
  stageTool: 'Werkzeuge',
  stageTts: 'Sprachausgabe',
  stageValue: '{stage} {ms}',
  unaccounted: 'ungeklärt {ms}',
  overReported: '{ms} mehr gemeldet als gehört',
  pipelineSummary: 'Latenz der Pipeline je Stufe',
  pipelineStage: 'Stufe',
  pipelineMedian: 'Median',
  pipelineP90: '90. Perzentil',
  unaccountedMedian: 'Ungeklärte Zeit (Median): {ms}',
  pipelineCount: '{count} Antworten melden ihre Stufen.',
};
