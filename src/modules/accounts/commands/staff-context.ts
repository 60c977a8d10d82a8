import type { AppContext } from '../../../platform/module.ts';

/** What the staff directory's commands need of the app: the CLI's and the request's context both fit. */
export type StaffContext = Pick<AppContext, 'db' | 'config' | 'translator' | 'mailer' | 'clock'>;
