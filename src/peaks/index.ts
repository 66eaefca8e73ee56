// @talkturo/components-react/peaks — server only (Node), no React, no DOM: waveform peaks computed
// once where recordings are stored, as BBC audiowaveform JSON that the player reads as `peaks`.
export { computePeaks, computePeaksJson, type ComputePeaksOptions } from './computePeaks.js';
export { redactRecording, type RedactionRange, type RedactOptions } from './redact.js';
export { PeaksInputError, type PeaksSource, type ByteReaderSource } from './sources.js';
export type { AudiowaveformV2 } from './audiowaveform.js';
// The figures of a call from the same peaks, for a fleet report: the function the player uses.
export { analyzeConversation, ANALYSIS_THRESHOLDS } from '../analysis/analyzeConversation.js';
export type { AnalyzeOptions, ConversationAnalysis } from '../analysis/analyzeConversation.js';
