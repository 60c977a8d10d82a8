import type { FastifyRequest } from 'fastify';
import { type Locale, localize } from '../../platform/i18n/locales.ts';
import type { AppContext } from '../../platform/module.ts';
import { listAttributeOptions } from './queries/attribute-options.ts';
import type { Event } from './queries/find-event.ts';
import type { AttributeChoices } from './views/admin-registrations-page.tsx';
import { optionLabels } from './views/registration-form.tsx';

/** The units or sectors of an event's quota attribute, named in a language; null without quotas. */
export async function attributeChoicesIn(context: AppContext, locale: Locale, event: Event): Promise<AttributeChoices | null> {
  if (event.quotaAttribute === 'none') return null;
  const options = await listAttributeOptions(context.db, event.organisationId, event.processId, event.quotaAttribute);
  const label = context.translator.t(locale, event.quotaAttribute === 'unit' ? 'events.register.unit' : 'events.register.sector');
  return { label, options: optionLabels((value) => localize(value, locale), options) };
}

/** The units or sectors of an event's quota attribute, named in the request's language; null without quotas. */
export function attributeChoicesOf(context: AppContext, request: FastifyRequest, event: Event): Promise<AttributeChoices | null> {
  return attributeChoicesIn(context, request.locale, event);
}
