import type { Actor } from '../../../platform/authz/authz.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { type Locale, type LocalizedText, localize } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { flattenUnitTree, listUnitTree } from '../../organisations/index.ts';
import type { SurveyFormOptions } from '../views/survey-form.tsx';

/** The processes in which the actor may create surveys. */
export async function listManagedProcesses(context: AppContext, actor: Actor) {
  // The processes module exports no list of processes yet; its table is read here, scoped like every query.
  const rows = await context.db
    .selectFrom('processes')
    .select(['id', 'slug', 'title'])
    .$call(inOrganisation(actor.organisationId, 'processes'))
    .orderBy('created_at')
    .execute();
  return rows
    .filter((row) => context.authorizer.can(actor, 'surveys.survey.create', { id: row.id }))
    .map((row) => ({ id: row.id, slug: row.slug, title: parseJsonColumn<LocalizedText>(row.title, { fi: row.slug }) }));
}

/**
 * The settings form's options: the given processes (the survey's own, or every one the actor manages
 * on the new-survey page) with their phases and bodies, and the organisation's units.
 */
export async function surveyFormOptions(
  context: AppContext,
  organisationId: string,
  processes: Array<{ id: string; slug: string; title: LocalizedText }>,
  locale: Locale,
): Promise<SurveyFormOptions> {
  const ids = processes.map((process) => process.id);
  const [phases, bodies, units] = await Promise.all([
    ids.length === 0
      ? []
      : context.db
          .selectFrom('process_phases')
          .select(['id', 'process_id', 'title'])
          .$call(inOrganisation(organisationId, 'process_phases'))
          .where('process_id', 'in', ids)
          .orderBy('position')
          .execute(),
    ids.length === 0
      ? []
      : context.db
          .selectFrom('process_bodies')
          .select(['id', 'process_id', 'name'])
          .$call(inOrganisation(organisationId, 'process_bodies'))
          .where('process_id', 'in', ids)
          .orderBy('position')
          .execute(),
    listUnitTree(context.db, organisationId),
  ]);
  const label = (value: string) => localize(parseJsonColumn<LocalizedText>(value, { fi: '' }), locale);
  return {
    processes: processes.map((process) => ({
      key: process.slug,
      label: localize(process.title, locale),
      phases: phases.filter((phase) => phase.process_id === process.id).map((phase) => ({ value: phase.id, label: label(phase.title) })),
      bodies: bodies.filter((body) => body.process_id === process.id).map((body) => ({ value: body.id, label: label(body.name) })),
    })),
    units: flattenUnitTree(units)
      .filter((unit) => unit.kind === 'unit')
      .map((unit) => ({ value: unit.id, label: localize(unit.name, locale) })),
  };
}
