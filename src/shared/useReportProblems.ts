import { useEffect, useRef } from 'react';
import { problemsOf } from '../adapter/problems.js';

/**
 * Reports, once each, what was dropped while reading `values` (a bad optional field, a bad row) through
 * `onError`: the data shows, and the host hears what its backend sent wrong.
 */
export function useReportProblems(values: readonly unknown[], onError: ((error: Error) => void) | undefined): void {
  const reported = useRef(new Set<string>());
  const callback = useRef(onError);
  callback.current = onError;
  useEffect(() => {
    for (const value of values) {
      for (const problem of problemsOf(value)) {
        if (reported.current.has(problem.message)) continue;
        reported.current.add(problem.message);
        callback.current?.(problem);
      }
    }
  }, [values]);
}
