import type { FormState } from '../../../platform/actions/action.ts';
import { Refusal, type RefusalKind } from '../../../platform/domain/refusal.ts';

const KIND_OF_STATUS: Record<number, RefusalKind> = { 409: 'conflict', 422: 'invalid', 429: 'too-many' };

/**
 * The events forms show only field errors (422) again; a conflict (a full quota, a closed
 * registration) is the error page with its own status, as before these were actions.
 */
export function onlyFieldErrors(state: FormState, status: number): void {
  if (status === 422) return;
  const message = Object.values(state.errors)[0];
  throw new Refusal(KIND_OF_STATUS[status] ?? 'conflict', message?.key ?? 'platform.error.badRequest', message?.values ?? {});
}
