export { purgeExpiredRegistrationAnswers } from './jobs/purge-expired-answers.ts';
export { releaseQuotaSeats } from './jobs/release-quota-seats.ts';
export { sendEventReminders } from './jobs/send-event-reminders.ts';
export { type EventTime, listEventTimes } from './queries/list-event-times.ts';
