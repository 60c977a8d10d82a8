import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { checkAllowList, findingsOf, judge } from '../scripts/audit.ts';

/**
 * CI's `npm audit --omit=dev` step (scripts/audit.ts): the allow-list needs a reason and a
 * review date per entry, an advisory not on it fails, and an audit that could not ask the
 * advisory service says so instead of passing as clean.
 */

const TODAY = '2026-12-07';

const report = {
  auditReportVersion: 2,
  vulnerabilities: {
    'some-lib': {
      name: 'some-lib',
      severity: 'high',
      via: [
        {
          source: 1,
          name: 'some-lib',
          title: 'Prototype pollution',
          url: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc',
          severity: 'high',
        },
      ],
    },
    'uses-some-lib': { name: 'uses-some-lib', severity: 'high', via: ['some-lib'] },
  },
};

const entry = {
  advisory: 'GHSA-aaaa-bbbb-cccc',
  package: 'some-lib',
  reason: 'Only reached with options Tarina never passes (checked in src/x.ts).',
  review: '2027-01-31',
};

describe('the npm audit step', () => {
  it('keeps the repository’s allow-list acceptable: every entry with an advisory, package, reason and review date', () => {
    const list: unknown = JSON.parse(readFileSync(new URL('../audit-allow.json', import.meta.url), 'utf8'));
    assert.deepEqual(checkAllowList(list, TODAY), []);
  });

  it('refuses an entry without a reason, with a one-word reason or past its review date', () => {
    assert.match(checkAllowList([{ ...entry, reason: undefined }], TODAY).join(), /reason/);
    assert.match(checkAllowList([{ ...entry, reason: 'fine' }], TODAY).join(), /reason/);
    assert.match(checkAllowList([{ ...entry, review: '2026-01-01' }], TODAY).join(), /has passed/);
    assert.match(checkAllowList([{ ...entry, advisory: 'bad one' }], TODAY).join(), /GHSA/);
    assert.deepEqual(judge(report, [{ ...entry, reason: '' }], TODAY).kind, 'bad-list');
  });

  it('reads each advisory once, from the package it is about', () => {
    assert.deepEqual(findingsOf(report), [
      { advisory: 'GHSA-aaaa-bbbb-cccc', package: 'some-lib', severity: 'high', title: 'Prototype pollution' },
    ]);
  });

  it('fails on an advisory that is not listed, and passes when the list explains it', () => {
    const unlisted = judge(report, [], TODAY);
    assert.equal(unlisted.kind, 'unlisted');
    const accepted = judge(report, [entry], TODAY);
    assert.equal(accepted.kind, 'clean');
    assert.equal(judge({ auditReportVersion: 2, vulnerabilities: {} }, [], TODAY).kind, 'clean');
  });

  it('says "unreachable" when the advisory service did not answer, never "clean"', () => {
    const refused = {
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
      error: { summary: '' },
    };
    const verdict = judge(refused, [], TODAY);
    assert.equal(verdict.kind, 'unreachable');
    assert.match(verdict.kind === 'unreachable' ? verdict.detail : '', /405/);
    assert.equal(judge(undefined, [], TODAY).kind, 'unreachable');
  });
});
