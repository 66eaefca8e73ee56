/** Every user-visible string, so a partner can replace any of them. */
export interface Messages {
  caller: string;
  assistant: string;
  loading: string;
  retry: string;
  errorTitle: string;
}

export const EN_MESSAGES: Messages = {
  caller: 'Caller',
  assistant: 'Assistant',
  loading: 'Loading…',
  retry: 'Retry',
  errorTitle: 'Something went wrong',
};

export function resolveMessages(...layers: (Partial<Messages> | undefined)[]): Messages {
  return Object.assign({}, EN_MESSAGES, ...layers.filter(Boolean)) as Messages;
}
