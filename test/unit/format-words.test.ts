// @vitest-environment node
// The words and numbers every component shows: clock times, spoken durations, a backend's enums in the
// catalog's words (and unknown ones as sent), milliseconds, seconds and shares as each locale writes them.
import { describe, expect, it } from 'vitest';
import { EN_MESSAGES } from '../../src';
import {
  describeDuration, directionText, eventTypeText, fillMessage, formatClock, formatMilliseconds, formatSeconds, formatShare, isKnownRecording,
  recordingText, statusText,
} from '../../src/format';

describe('times', () => {
  it.each([
    [0, '0:00'], [-5, '0:00'], [Number.NaN, '0:00'], [Infinity, '0:00'], [0.99, '0:00'], [59.9, '0:59'], [60, '1:00'], [605, '10:05'],
    [3599, '59:59'], [3600, '1:00:00'], [3725, '1:02:05'], [36_000 + 61, '10:01:01'],
  ])('formatClock(%s) is %s', (seconds, text) => {
    expect(formatClock(seconds)).toBe(text);
  });

  it.each([
    [0, '0 seconds'], [-3, '0 seconds'], [Number.NaN, '0 seconds'], [1.9, '1 second'], [120, '2 minutes'], [3600, '1 hour'],
    [3605, '1 hour 5 seconds'], [3725, '1 hour 2 minutes 5 seconds'], [7260, '2 hours 1 minute'],
  ])('describeDuration(%s) is %s', (seconds, text) => {
    expect(describeDuration(seconds, 'en')).toBe(text);
  });

  it('speaks each locale with its own words, one after the other', () => {
    expect(describeDuration(3725, 'en')).toBe('1 hour 2 minutes 5 seconds');
    expect(describeDuration(3725, 'de')).toBe('1 Stunde 2 Minuten 5 Sekunden');
    expect(describeDuration(61, 'en')).toBe('1 minute 1 second');
  });
});

describe('messages and enums', () => {
  it('fills the placeholders it has values for, 0 included, and leaves the others as written', () => {
    expect(fillMessage('{done} of {total} ({missing})', { done: 0, total: 12 })).toBe('0 of 12 ({missing})');
    expect(fillMessage('{constructor} {toString}', {})).toBe('{constructor} {toString}');
  });

  it.each([
    ['inbound', 'Inbound'], ['outbound', 'Outbound'], ['web', 'Web'], ['sip-trunk', 'sip-trunk'], ['', '—'], [undefined, '—'], [42, '—'],
  ])('direction %j reads %j', (direction, text) => {
    expect(directionText(EN_MESSAGES, direction as string)).toBe(text);
  });

  it.each([
    ['completed', 'Completed'], ['in-progress', 'In progress'], ['voicemail-left', 'voicemail-left'], ['__proto__', '__proto__'],
    ['toString', 'toString'], ['', '—'], [null, '—'], [3, '—'],
  ])('status %j reads %j', (status, text) => {
    expect(statusText(EN_MESSAGES, status as string)).toBe(text);
  });

  it.each([
    ['available', 'Recording available'], ['processing', 'Recording processing'], ['disabled', 'Recording disabled'],
    ['not-captured', 'No recording captured'], ['purged', 'Recording purged'], ['archived', 'Recording: archived'],
    ['constructor', 'Recording: constructor'], ['', 'Recording unknown'], [undefined, 'Recording unknown'], [1, 'Recording unknown'],
  ])('recording %j reads %j', (state, text) => {
    expect(recordingText(EN_MESSAGES, state as string)).toBe(text);
  });

  it('knows the recording states the contract names, and only those', () => {
    expect(['available', 'processing', 'disabled', 'not-captured', 'purged'].every(isKnownRecording)).toBe(true);
    expect(['archived', 'hasOwnProperty', ''].some(isKnownRecording)).toBe(false);
  });

  it.each([
    ['tool-call', EN_MESSAGES.eventToolCall], ['handoff', EN_MESSAGES.eventHandoff], ['transfer', EN_MESSAGES.eventTransfer],
    ['hold', EN_MESSAGES.eventHold], ['dtmf', EN_MESSAGES.eventDtmf], ['consent', EN_MESSAGES.eventConsent], ['sms', 'sms'],
    ['valueOf', 'valueOf'],
  ])('event %j reads %j', (type, text) => {
    expect(eventTypeText(EN_MESSAGES, type)).toBe(text);
  });
});

describe('numbers as each locale writes them', () => {
  it('writes milliseconds whole, seconds with one decimal and shares as whole percents, each format kept apart', () => {
    expect(formatMilliseconds(420.4, 'en')).toBe('420 ms');
    expect(formatShare(0.344, 'en')).toBe('34%');
    expect(formatSeconds(0.84, EN_MESSAGES, 'en')).toBe(EN_MESSAGES.secondsShort.replace('{seconds}', '0.8'));
    expect(formatSeconds(2, EN_MESSAGES, 'de')).toBe(EN_MESSAGES.secondsShort.replace('{seconds}', '2,0'));
    expect(formatMilliseconds(1234, 'de')).toBe('1.234 ms');
    expect(formatShare(0.5, 'de')).toBe('50\u00a0%');
  });
});
