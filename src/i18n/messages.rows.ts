// The words of a call played from its row of the log (CallRowPlayer), in English and German: part of
// `Messages`, apart from the log's so a table without the row player carries none of them.

export interface RowPlayerMessages {
  /** A row's Play button, `{when}` the call's start. */
  playCall: string;
  pauseCall: string;
}

export const EN_ROW_PLAYER_MESSAGES: RowPlayerMessages = {
  playCall: 'Play the call of {when}',
  pauseCall: 'Pause the call of {when}',
};

export const DE_ROW_PLAYER_MESSAGES: RowPlayerMessages = {
  playCall: 'Anruf vom {when} abspielen',
  pauseCall: 'Anruf vom {when} anhalten',
};
