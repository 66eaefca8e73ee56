// The words CallLogs shows around the panel (also the panel's own name and its loading line), in
// English and German: part of `Messages`, apart so a page with CallLogs carries no panel words before a
// call is opened.

export interface LogsMessages {
  callDetails: string;
  loadingCall: string;
  /** The drawer's close button (a narrow CallLogs). */
  closePanel: string;
}

export const EN_LOGS_MESSAGES: LogsMessages = {
  callDetails: 'Call details',
  loadingCall: 'Loading call…',
  closePanel: 'Close',
};

export const DE_LOGS_MESSAGES: LogsMessages = {
  callDetails: 'Anrufdetails',
  loadingCall: 'Anruf wird geladen…',
  closePanel: 'Schließen',
};
