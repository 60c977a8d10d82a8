/** The demo admin's sign-in; printed by `npm start` and documented in README. Demo data only, never production. */
export const DEMO_ADMIN = { email: 'admin@demo.tarina.invalid', password: 'rauma-2013-demo' } as const;
