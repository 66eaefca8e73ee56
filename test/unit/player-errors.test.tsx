// The player's own errors are codes; the words come from the catalog in use, so they follow the locale.
import { render, screen } from '@testing-library/react';
import { cloneElement, type ReactElement } from 'react';
import { expect, it, vi } from 'vitest';
import { CallDetailPanel, CallLogTable, CallsProvider, DE_MESSAGES, EN_MESSAGES, isPlayerError, PlayerError, StereoRecordingPlayer } from '../../src';
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

it.each([
  ['CallLogTable', () => <CallLogTable />],
  ['CallDetailPanel', () => <CallDetailPanel callId="c1" />],
  ['StereoRecordingPlayer', () => <StereoRecordingPlayer callId="c1" />],
])('%s without an adapter: the same no-adapter error inside itself, in the provider\'s words, Retry too', (_, element) => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const onError = vi.fn();
  // A provider with words but no adapter (the host forgot it).
  render(<CallsProvider adapter={undefined as never} messages={DE_MESSAGES}>{cloneWith(element(), onError)}</CallsProvider>);
  expect(screen.getByRole('alert')).toHaveTextContent(DE_MESSAGES.noAdapter);
  expect(screen.getByRole('button', { name: DE_MESSAGES.retry })).toBeInTheDocument();
  expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'no-adapter' }));
  expect(isPlayerError(onError.mock.calls[0]![0])).toBe(true);
});

it('isPlayerError tells the player\'s errors from others, also from another copy of the package', () => {
  expect(isPlayerError(new PlayerError('download'))).toBe(true);
  expect(isPlayerError(Object.assign(new Error('x'), { name: 'PlayerError', code: 'download' }))).toBe(true);
  expect(isPlayerError(new Error('x'))).toBe(false);
  expect(isPlayerError({ name: 'PlayerError', code: 'download' })).toBe(false);
});

it('an analysis that failed keeps its own code and its reason, in any locale', () => {
  const error = new PlayerError('analysis', { reason: 'worker crashed' });
  expect(error.code).toBe('analysis');
  expect(error.message).toContain('worker crashed');
  expect(errorText(error, DE_MESSAGES)).toContain('worker crashed');
});

function cloneWith(element: ReactElement, onError: (e: Error) => void) {
  return cloneElement(element as ReactElement<{ onError?: (e: Error) => void }>, { onError });
}
