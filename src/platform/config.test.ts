import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('defaults to the embedded SQLite file, port 3000 and the demo', () => {
    const config = loadConfig({});
    assert.deepEqual(config.database, { kind: 'sqlite', path: 'data/tarina.db' });
    assert.equal(config.port, 3000);
    assert.equal(config.demo, true);
  });

  it('reads file: and postgres:// database URLs', () => {
    assert.deepEqual(loadConfig({ DATABASE_URL: 'file:/tmp/x.db' }).database, { kind: 'sqlite', path: '/tmp/x.db' });
    assert.deepEqual(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).database, { kind: 'postgres', url: 'postgres://u@h/db' });
  });

  it('turns the demo off with TARINA_DEMO=0', () => {
    assert.equal(loadConfig({ TARINA_DEMO: '0' }).demo, false);
  });

  it('runs the scheduled jobs unless TARINA_JOBS=0, and refuses a value that is not a flag', () => {
    assert.equal(loadConfig({}).jobs, true);
    assert.equal(loadConfig({ TARINA_JOBS: '0' }).jobs, false);
    assert.throws(
      () => loadConfig({ TARINA_JOBS: 'sometimes' }),
      (error: unknown) => error instanceof ConfigError && /TARINA_JOBS/.test(error.message),
    );
  });

  it('names every bad setting in one clear message', () => {
    assert.throws(
      () => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SESSION_SECRET: 'short' }),
      (error: unknown) =>
        error instanceof ConfigError &&
        /PORT/.test(error.message) &&
        /DATABASE_URL: must be empty/.test(error.message) &&
        /SESSION_SECRET: must be at least 32 characters/.test(error.message),
    );
  });
});
