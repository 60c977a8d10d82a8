import { refuse } from '../../platform/domain/refusal.ts';
import { instantOfDateTime } from '../../platform/zoned-time.ts';
import type { CommentPeriodInput } from './schemas.ts';

/** The period with its local times (the organisation's time zone) as UTC instants; a time that does not exist there is refused. */
export function withUtcTimes(input: CommentPeriodInput, timeZone: string): CommentPeriodInput {
  const convert = (field: 'opensAt' | 'closesAt') => {
    const value = input[field];
    if (!value) return null;
    const instant = instantOfDateTime(value, timeZone);
    if (!instant) throw refuse.invalid({ [field]: { key: 'story.validation.dateTime' } });
    return instant.toISOString();
  };
  return { ...input, opensAt: convert('opensAt'), closesAt: convert('closesAt') };
}
