import { expect, it } from 'vitest';
import * as api from '../../src';

// The names of src/index.ts are a promise to code outside this repo: change this list on purpose only.
it('exports exactly the public surface', () => {
  expect(Object.keys(api).sort()).toEqual([
    'ANALYSIS_THRESHOLDS',
    'AdapterError',
    'CallDetailPanel',
    'CallLogTable',
    'CallLogs',
    'CallRowPlayer',
    'CallsProvider',
    'DEFAULT_SORT',
    'DE_MESSAGES',
    'EMPTY_FILTERS',
    'EN_MESSAGES',
    'PIPELINE_STAGES',
    'PlayerDownload',
    'PlayerDownloadStatus',
    'PlayerError',
    'PlayerEvents',
    'PlayerFigures',
    'PlayerKeys',
    'PlayerLanes',
    'PlayerMomentLink',
    'PlayerMuteSolo',
    'PlayerNotes',
    'PlayerPlayButton',
    'PlayerRoot',
    'PlayerSeek',
    'PlayerSkipSilences',
    'PlayerSpeed',
    'PlayerTime',
    'PlayerTurnNav',
    'PlayerZoom',
    'StereoRecordingPlayer',
    'UNACCOUNTED_THRESHOLD_MS',
    'analyzeConversation',
    'attachTurnLatencies',
    'callDetailOptions',
    'callKeys',
    'callListOptions',
    'callListSearchParams',
    'createCallsQueryClient',
    'createHttpAdapter',
    'createMemoryAdapter',
    'deepgramTurnLatency',
    'filtersToQuery',
    'isAdapterError',
    'isPlayerError',
    'pipelineSummary',
    'recordingOptions',
    'retellTurnLatencies',
    'usePlayer',
    'usePlayerCommands',
    'vapiTurnLatencies',
    'waterfallOf',
  ]);
});

// The server entries (`/server`, `/peaks`, `/peaks/s3`) are promises too.
it('exports exactly the server surface', async () => {
  expect(Object.keys(await import('../../src/server')).sort()).toEqual([
    'AdapterError', 'DEFAULT_SORT', 'EMPTY_FILTERS', 'attachTurnLatencies', 'callDetailOptions', 'callKeys', 'callListOptions', 'callListSearchParams',
    'createHttpAdapter', 'deepgramTurnLatency', 'filtersToQuery', 'isAdapterError', 'retellTurnLatencies', 'vapiTurnLatencies',
  ]);
});

it('exports exactly the server peaks surface', async () => {
  expect(Object.keys(await import('../../src/peaks/index')).sort()).toEqual(['ANALYSIS_THRESHOLDS', 'PeaksInputError', 'analyzeConversation', 'computePeaks', 'computePeaksJson', 'redactRecording']);
  expect(Object.keys(await import('../../src/peaks/s3')).sort()).toEqual(['PeaksHandlerError', 'createPeaksHandler', 'handler', 'peaksKeyFor', 'redactedKeyFor']);
});
