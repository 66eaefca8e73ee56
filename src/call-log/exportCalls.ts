// The CSV export, loaded when someone exports (most visits never do): every page that matches, as a file.
import type { CallListQuery, CallsAdapter } from '../types.js';
import { releaseLater, saveBlob } from '../shared/saveBlob.js';
import { toCsv } from './csv.js';
import { collectPages, EXPORT_LIMIT, type ExportResult } from './paging.js';

export async function exportCalls(
  adapter: CallsAdapter, query: Omit<CallListQuery, 'cursor'>, signal: AbortSignal, onProgress: (count: number) => void,
): Promise<Pick<ExportResult<unknown>, 'stopped'> & { count: number }> {
  const { calls, stopped } = await collectPages(
    (cursor) => adapter.listCalls({ ...query, limit: 500, ...(cursor ? { cursor } : {}) }, { signal }),
    EXPORT_LIMIT,
    onProgress,
  );
  releaseLater(saveBlob(new Blob([toCsv(calls)], { type: 'text/csv;charset=utf-8' }), 'calls.csv'));
  return { count: calls.length, stopped };
}
