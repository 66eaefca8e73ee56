import { useMutation } from '@tanstack/react-query';
import { useId } from 'react';
import type { CallDetail, CallsAdapter } from '../types.js';
import type { PanelWords } from '../i18n/messages.js';
import { fillMessage, isKnownRecording } from '../format.js';
import { usePart } from '../theme/parts.js';

const TEXT = {
  processing: 'recordingProcessingNotice',
  disabled: 'recordingDisabledNotice',
  'not-captured': 'recordingNotCapturedNotice',
  purged: 'recordingPurgedNotice',
} as const;

/** Why there is no player, in words a customer understands; for `disabled`, the switch for future calls. */
export function RecordingNotice({ call, adapter, m, allowSettings, onError }: {
  call: CallDetail; adapter: CallsAdapter; m: PanelWords; allowSettings: boolean; onError?: ((error: Error) => void) | undefined;
}) {
  const part = usePart();
  const warningId = useId();
  const toggle = useMutation({
    mutationFn: (enabled: boolean) => adapter.setRecordingEnabled!(call.assistantId, enabled),
    onError: (error: Error) => onError?.(error),
  });
  if (call.recording === 'available') return null;
  const assistant = call.assistantName ?? call.assistantId;
  const on = toggle.isSuccess && toggle.variables === true;
  return (
    <div {...part('recording-notice')} data-recording={call.recording} role={call.recording === 'processing' ? 'status' : undefined}>
      <p>{isKnownRecording(call.recording) ? m[TEXT[call.recording as keyof typeof TEXT]] : fillMessage(m.recordingOtherNotice, { state: call.recording })}</p>
      {call.recording === 'disabled' && allowSettings && adapter.setRecordingEnabled && (
        <div {...part('recording-setting')}>
          <button
            type="button"
            role="switch"
            aria-checked={on}
            aria-describedby={warningId}
            disabled={toggle.isPending}
            onClick={() => toggle.mutate(!on)}
          >
            <span {...part('switch-track')} aria-hidden="true"><span {...part('switch-thumb')} /></span>
            {fillMessage(m.recordFutureCalls, { assistant })}
          </button>
          <p id={warningId} {...part('warning')}>{m.recordingSettingWarning}</p>
          {on && <p role="status">{fillMessage(m.recordingNowOn, { assistant })}</p>}
          {toggle.isError && <p role="alert">{toggle.error.message}</p>}
        </div>
      )}
    </div>
  );
}
