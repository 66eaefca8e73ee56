// The player's own errors are codes; the words come from the catalog in use, so they follow the locale.
import { render, screen } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { DE_MESSAGES, EN_MESSAGES, PlayerError, StereoRecordingPlayer } from '../../src';
import { errorText } from '../../src/errors';

it('without an adapter the player shows its no-adapter error (and reports it once), in the words of the locale in use', () => {
  const onError = vi.fn();
  const view = render(<StereoRecordingPlayer callId="c1" messages={DE_MESSAGES} onError={onError} />);
  expect(screen.getByRole('alert')).toHaveTextContent(DE_MESSAGES.noAdapter);
  expect(screen.getByRole('button', { name: DE_MESSAGES.retry })).toBeInTheDocument();
  view.rerender(<StereoRecordingPlayer callId="c1" messages={EN_MESSAGES} onError={onError} />);
  expect(screen.getByRole('alert')).toHaveTextContent(EN_MESSAGES.noAdapter);
  expect(onError).toHaveBeenCalledTimes(1);
  expect(onError).toHaveBeenCalledWith(expect.objectContaining({ name: 'PlayerError', code: 'no-adapter' }));
});

it.each([
  [new PlayerError('storage-refused', { status: 403 }), 'Der Speicher der Aufnahme hat den Link abgelehnt (HTTP 403), auch nach dem Anfordern eines neuen.'],
  [new PlayerError('download', { cause: new PlayerError('storage-missing', { status: 404 }) }), DE_MESSAGES.downloadFailed.replace('{reason}', DE_MESSAGES.storageMissing.replace('{status}', '404'))],
  [new Error('Some adapter said so'), 'Some adapter said so'],
])('errorText(%s) in German', (error, text) => {
  expect(errorText(error, DE_MESSAGES)).toBe(text);
});

it('keeps an English message for logs and onError', () => {
  expect(new PlayerError('storage-refused', { status: 403 }).message).toBe('The recording storage refused the link (HTTP 403), even after asking for a fresh one.');
});
