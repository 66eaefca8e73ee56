import { describe, expect, it } from 'vitest';
import { detailEntries } from '../../src/call-detail/eventDetail';

describe('detailEntries', () => {
  it.each([
    ['{"service":"cleaning","week":"next"}', [['service', 'cleaning'], ['week', 'next']]],
    ['  {"slot": "Tue 10:00", "n": 3, "ok": true, "none": null} ', [['slot', 'Tue 10:00'], ['n', '3'], ['ok', 'true'], ['none', 'null']]],
    ['{"items":["a","b"],"address":{"city":"Bern"}}', [['items', 'a, b'], ['address', '{"city":"Bern"}']]],
    ['{}', []],
  ] as const)('reads %s as pairs', (detail, pairs) => {
    expect(detailEntries(detail)).toEqual(pairs);
  });

  it.each(['queue 4', '[1,2]', '{not json', '"text"', '', 'null'])('leaves %j as text', (detail) => {
    expect(detailEntries(detail)).toBeNull();
  });
});
