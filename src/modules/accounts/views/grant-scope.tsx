import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { useView } from '../../../platform/views/context.ts';
import type { StoredGrant } from '../queries/list-user-grants.ts';
import { ROLE_LABEL_KEYS, SCOPE_LABEL_KEYS } from './labels.ts';

/** Where a grant applies: the whole organisation, or the named process or unit. */
export function GrantScope(props: { grant: StoredGrant; names: Map<string, LocalizedText> }) {
  const view = useView();
  const { grant } = props;
  if (grant.scopeType === 'organisation') return <>{view.t(SCOPE_LABEL_KEYS.organisation)}</>;
  const name = props.names.get(grant.scopeId);
  return (
    <>
      {view.t(SCOPE_LABEL_KEYS[grant.scopeType])}: {name ? view.text(name) : view.t('accounts.scope.removed')}
    </>
  );
}

/** A grant in one line: the role and, unless organisation-wide, where it applies. */
export function GrantLabel(props: { grant: StoredGrant; names: Map<string, LocalizedText> }) {
  const view = useView();
  const role = view.t(ROLE_LABEL_KEYS[props.grant.role]);
  if (props.grant.scopeType === 'organisation') return <>{role}</>;
  return (
    <>
      {role} (<GrantScope grant={props.grant} names={props.names} />)
    </>
  );
}
