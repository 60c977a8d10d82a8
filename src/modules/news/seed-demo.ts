import type { AppContext, DemoState } from '../../platform/module.ts';

/** Scaffolding: replaced by the module's real demo seed in this session. */
export async function seedNewsDemo(_context: AppContext, _state: DemoState): Promise<void> {}
