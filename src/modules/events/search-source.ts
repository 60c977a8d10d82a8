import { parseJsonColumn } from '../../platform/db/json.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import type { LocalizedText } from '../../platform/i18n/locales.ts';
import { defineSearchSource, documentsInLanguages } from '../../platform/search/source.ts';
import { listPublicProcessSlugs } from '../processes/index.ts';

const lt = (value: string): LocalizedText => parseJsonColumn<LocalizedText>(value, { fi: '' });

/**
 * What the search finds of this module: events for the public audience in public processes (title,
 * description, agenda, place, what came of it). Events for staff or for bodies never.
 */
export const eventsSearchSource = defineSearchSource({
  kinds: ['event'],
  async list(context, organisationId, filter) {
    if (filter && (filter.kind !== 'event' || filter.ids.length === 0)) return [];
    const slugs = await listPublicProcessSlugs(context, organisationId);
    const events = await context.db
      .selectFrom('events')
      .select(['id', 'process_id', 'title', 'description', 'agenda', 'place', 'summary'])
      .$call(inOrganisation(organisationId, 'events'))
      .where('audience', '=', 'public')
      .$if(filter !== undefined, (query) => query.where('id', 'in', filter?.ids ?? []))
      .execute();
    return events
      .filter((event) => slugs.has(event.process_id))
      .flatMap((event) =>
        documentsInLanguages(
          { kind: 'event', sourceId: event.id, processId: event.process_id, path: `/events/${event.id}` },
          lt(event.title),
          [lt(event.description), lt(event.agenda), lt(event.place), lt(event.summary)],
        ),
      );
  },
});
