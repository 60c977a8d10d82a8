import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fromWallTime, instantOfDateTime, toDateTimeLocal, toWallTime } from './zoned-time.ts';

const HELSINKI = 'Europe/Helsinki';

describe('wall-clock times in the organisation’s time zone', () => {
  it('puts winter times at UTC+2 and summer times at UTC+3 (daylight saving from 31 March 2013)', () => {
    assert.equal(fromWallTime({ date: '2013-03-22', time: '09:00' }, HELSINKI)?.toISOString(), '2013-03-22T07:00:00.000Z');
    assert.equal(fromWallTime({ date: '2013-04-17', time: '12:00' }, HELSINKI)?.toISOString(), '2013-04-17T09:00:00.000Z');
  });

  it('answers null for the hour skipped in spring and the earlier instant for the hour repeated in autumn', () => {
    assert.equal(fromWallTime({ date: '2013-03-31', time: '03:30' }, HELSINKI), null);
    assert.equal(fromWallTime({ date: '2013-10-27', time: '03:30' }, HELSINKI)?.toISOString(), '2013-10-27T00:30:00.000Z');
  });

  it('rejects a date that does not exist', () => {
    assert.equal(fromWallTime({ date: '2013-02-30', time: '10:00' }, HELSINKI), null);
    assert.equal(fromWallTime({ date: '2013-03-22', time: '24:00' }, HELSINKI), null);
  });

  it('round-trips every minute of 2010–2040: an instant’s wall time names that instant again (or an hour-earlier twin in autumn)', () => {
    const minute = 60_000;
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2010, 0, 1) / minute, max: Date.UTC(2040, 0, 1) / minute }), (minutes) => {
        const instant = new Date(minutes * minute);
        const back = fromWallTime(toWallTime(instant, HELSINKI), HELSINKI);
        assert.ok(back, `no instant for ${instant.toISOString()}`);
        const difference = instant.getTime() - back.getTime();
        assert.ok(difference === 0 || difference === 3_600_000, `${instant.toISOString()} came back as ${back.toISOString()}`);
      }),
      { numRuns: 5000 },
    );
  });

  it('reads a datetime-local value as wall time and a value with its own zone as that instant', () => {
    assert.equal(instantOfDateTime('2013-03-22T09:00', HELSINKI)?.toISOString(), '2013-03-22T07:00:00.000Z');
    assert.equal(instantOfDateTime('2013-03-22T09:00:30', HELSINKI)?.toISOString(), '2013-03-22T07:00:00.000Z');
    assert.equal(instantOfDateTime('2013-03-22T09:00Z', HELSINKI)?.toISOString(), '2013-03-22T09:00:00.000Z');
    assert.equal(instantOfDateTime('2013-04-17T12:00:00+02:00', HELSINKI)?.toISOString(), '2013-04-17T10:00:00.000Z');
    assert.equal(toDateTimeLocal('2013-04-17T09:00:00.000Z', HELSINKI), '2013-04-17T12:00');
    assert.equal(toDateTimeLocal(null, HELSINKI), '');
    assert.equal(toDateTimeLocal('soon', HELSINKI), '');
  });

  it('names no instant for text of another shape or a year Intl does not write with four digits', () => {
    for (const value of ['', 'soon', '2013-3-22T09:00', '2013-02-30T10:00', '0000-01-01T00:00', '0999-06-01T12:00']) {
      assert.equal(instantOfDateTime(value, HELSINKI), null, value);
    }
  });
});
