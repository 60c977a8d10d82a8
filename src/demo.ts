import { modules } from './modules/index.ts';
import type { AppContext, DemoState } from './platform/module.ts';

export { DEMO_ADMIN } from './demo/demo-admin.ts';

/** Answers whether the database holds no organisation yet (a fresh install). */
export async function isEmpty(context: AppContext): Promise<boolean> {
  const row = await context.db.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

/** Loads the Rauma demo (the 2013 process and the live round of the seed day): each module seeds its part, in module order. */
export async function loadDemo(context: AppContext): Promise<DemoState> {
  const state: DemoState = {};
  for (const module of modules) {
    if (module.seedDemo) await module.seedDemo(context, state);
  }
  return state;
}
