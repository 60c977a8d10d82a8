import { parseJsonColumn } from '../../platform/db/json.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import type { LocalizedText } from '../../platform/i18n/locales.ts';
import { defineSearchSource, documentsInLanguages, type SearchAudience } from '../../platform/search/source.ts';
import { listPublicProcessSlugs } from '../processes/index.ts';
import type { EventAudience } from './tables.ts';

const lt = (value: string): LocalizedText => parseJsonColumn<LocalizedText>(value, { fi: '' });

/** Who may open an event of each audience through the search: the public's anyone, the signed-in's any signed-in visitor. */
const SEARCH_AUDIENCE: Partial<Record<EventAudience, SearchAudience>> = { public: 'public', signed_in: 'signed-in' };

/**
 * What the search finds of this module: events in public processes (title, description, agenda,
 * place, what came of it) for the public, and those for anyone signed in marked so (the search shows
 * them to signed-in visitors only). Events for staff, units or bodies never.
 */
export const eventsSearchSource = defineSearchSource({
  kinds: ['event'],
  async list(context, organisationId, filter) {
    if (filter && (filter.kind !== 'event' || filter.ids.length === 0)) return [];
    const slugs = await listPublicProcessSlugs(context, organisationId);
    const events = await context.db
      .selectFrom('events')
      .select(['id', 'process_id', 'title', 'description', 'agenda', 'place', 'summary', 'audience'])
      .$call(inOrganisation(organisationId, 'events'))
      .where('audience', 'in', ['public', 'signed_in'] satisfies EventAudience[])
      .$if(filter !== undefined, (query) => query.where('id', 'in', filter?.ids ?? []))
      .execute();
    return events.flatMap((event) => {
      const audience = SEARCH_AUDIENCE[event.audience];
      if (!audience || !slugs.has(event.process_id)) return [];
      return documentsInLanguages(
        { kind: 'event', sourceId: event.id, processId: event.process_id, path: `/events/${event.id}`, audience },
        lt(event.title),
        [lt(event.description), lt(event.agenda), lt(event.place), lt(event.summary)],
      );
    });
  },
});
