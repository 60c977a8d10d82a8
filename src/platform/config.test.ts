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

  it('trusts X-Forwarded-* from every peer, from none, or from the named proxies only', () => {
    assert.equal(loadConfig({}).trustProxy, false);
    assert.equal(loadConfig({ TRUST_PROXY: '1' }).trustProxy, true);
    assert.deepEqual(loadConfig({ TRUST_PROXY: '127.0.0.2, 10.0.0.0/8,::1' }).trustProxy, ['127.0.0.2', '10.0.0.0/8', '::1']);
    for (const bad of ['proxy.example', '10.0.0.0/8/8', ',', '300.1.1.1']) {
      assert.throws(
        () => loadConfig({ TRUST_PROXY: bad }),
        (error: unknown) => error instanceof ConfigError && /TRUST_PROXY/.test(error.message),
        bad,
      );
    }
  });

  it('shares state through Redis only when REDIS_URL names one', () => {
    assert.equal(loadConfig({}).redisUrl, null);
    assert.equal(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379/0' }).redisUrl, 'redis://127.0.0.1:6379/0');
    assert.throws(
      () => loadConfig({ REDIS_URL: 'http://127.0.0.1:6379' }),
      (error: unknown) => error instanceof ConfigError && /REDIS_URL: must start with redis:\/\//.test(error.message),
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
