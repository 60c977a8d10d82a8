import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toProblem } from '../http/problems.ts';
import { Refusal, refuse } from './refusal.ts';

describe('refusals of the domain, as HTTP problems', () => {
  it('map each kind to its one status and code', () => {
    const cases: Array<[Refusal, number, string]> = [
      [refuse.invalid({ title: { key: 'platform.validation.required' } }), 422, 'validation'],
      [refuse.conflict('news.field.slugTaken'), 409, 'conflict'],
      [refuse.notFound(), 404, 'not-found'],
      [refuse.gone('workshops.join.expired'), 410, 'gone'],
      [refuse.forbidden(), 403, 'forbidden'],
      [refuse.tooMany('workshops.note.tooFast'), 429, 'rate-limited'],
    ];
    for (const [refusal, status, code] of cases) {
      const problem = toProblem(refusal);
      assert.equal(problem.status, status, refusal.kind);
      assert.equal(problem.code, code, refusal.kind);
      assert.equal(problem.messageKey, refusal.messageKey);
    }
  });

  it('keep the fields a conflict is shown at and a code clients match on', () => {
    const taken = toProblem(refuse.conflict('news.field.slugTaken', { slug: 'x' }, { slug: { key: 'news.field.slugTaken' } }));
    assert.deepEqual(taken.fieldErrors, { slug: { key: 'news.field.slugTaken' } });
    assert.deepEqual(taken.values, { slug: 'x' });
    const coded = toProblem(new Refusal('conflict', 'events.registration.already', {}, {}, 'already-registered'));
    assert.equal(coded.status, 409);
    assert.equal(coded.code, 'already-registered');
  });
});
