import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/module.ts';
import { RECOMPUTATION } from './claim-recomputation.ts';
import { runDueRecomputations } from './recompute-opinion-groups.ts';

/**
 * Looks for due channels every couple of seconds while the app is up. A tick
 * with nothing due costs one indexed query; a tick still running when the next
 * one comes is not doubled. Every app process may run this: claims decide who computes.
 */
export function scheduleRecomputation(app: FastifyInstance, context: AppContext): void {
  if (!context.config.jobs) return;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  const work = async () => {
    try {
      await runDueRecomputations(context, context.clock.now(), (error, channelId) =>
        app.log.error({ err: error, channelId }, 'statements: opinion groups could not be computed'),
      );
    } catch (error) {
      app.log.error({ err: error }, 'statements: looking for due computations failed');
    }
  };
  const tick = () => {
    if (running) return;
    running = work().finally(() => {
      running = null;
    });
  };
  app.addHook('onReady', async () => {
    timer = setInterval(tick, RECOMPUTATION.intervalMs);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    // The database closes after the app: let a computation in flight finish first.
    await running;
  });
}
