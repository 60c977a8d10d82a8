import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { likeliestReading } from './normalise.ts';
import { compoundParts, connectVoikko, voikkoStatus } from './voikko.ts';

describe('Voikko through koffi', () => {
  it('is loaded from the system (CI installs libvoikko1 and voikko-fi)', () => {
    const status = voikkoStatus();
    console.log(`Voikko here: ${JSON.stringify(status)}`);
    // Without Voikko on a developer's machine the analysis falls back (analyse.test.ts covers both);
    // CI installs it, so there its absence is a failure.
    if (process.env.CI) assert.equal(status.available, true);
  });

  it('answers why when the library is missing, without throwing', () => {
    const missing = connectVoikko(['libvoikko-not-here.so.9']);
    assert.equal(missing.voikko, undefined);
    assert.equal(missing.status.available, false);
    assert.match(missing.status.available ? '' : missing.status.reason, /libvoikko not found/);
  });

  it("reads a compound's parts from WORDBASES, leaving derivational suffixes out", () => {
    assert.deepEqual(compoundParts('+pyörä(pyörä)+tie(tie)'), ['pyörä', 'tie']);
    assert.deepEqual(compoundParts('+kaupunki(kaupunki)+valtuusto(valtuusto)'), ['kaupunki', 'valtuusto']);
    assert.deepEqual(compoundParts('+asu(asua)+n+ta(+ta)'), []);
    assert.deepEqual(compoundParts('+kaupunki(kaupunki)'), []);
  });

  it('chooses the reading whose base form begins like the word, then the one with fewer parts', () => {
    const soittaa = { baseForm: 'soittaa', parts: [] };
    assert.equal(likeliestReading('soita', [{ baseForm: 'suo', parts: [] }, soittaa]), soittaa);
    const asunto = { baseForm: 'asunto', parts: [] };
    assert.equal(likeliestReading('asuntoja', [asunto, { baseForm: 'asunta', parts: [] }]), asunto);
    const whole = { baseForm: 'vatikaanivaltio', parts: [] };
    assert.equal(likeliestReading('vatikaanivaltio', [{ baseForm: 'vatikaanivaltio', parts: ['vati', 'kaani', 'valtio'] }, whole]), whole);
    assert.equal(likeliestReading('xyzzy', []), undefined);
  });
});
