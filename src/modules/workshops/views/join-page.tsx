import type { FieldErrors } from '../../../platform/http/errors.ts';
import { Button, ErrorSummary, Form, SelectField, TextField } from '../../../platform/views/components/forms.tsx';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Group, Workshop } from '../model.ts';
import { WORKSHOP_LIMITS } from '../schemas.ts';
import { WorkshopAssets } from './assets.tsx';

/** Typing the join code: what a participant meets after scanning nothing but a short address. */
export function JoinCodePage(props: { code?: string; errors?: FieldErrors | undefined }) {
  const view = useView();
  const title = view.t('workshops.join.title');
  return (
    <Layout title={title}>
      <WorkshopAssets />
      <h1>{title}</h1>
      <p class="lead">{view.t('workshops.join.lead')}</p>
      <ErrorSummary errors={props.errors} />
      <Form action={view.href('/join')} class="workshop-join-form">
        <TextField
          name="code"
          label={view.t('workshops.join.code')}
          hint={view.t('workshops.join.codeHint')}
          value={props.code ?? ''}
          autocomplete="off"
          maxLength={12}
          errors={props.errors}
        />
        <div class="form-actions">
          <Button>{view.t('workshops.join.continue')}</Button>
        </div>
      </Form>
    </Layout>
  );
}

/** The join address's page: a display name when the session asks for one, a group when it has groups, then in. */
export function JoinDetailsPage(props: {
  workshop: Workshop;
  groups: Group[];
  values: { displayName?: string | undefined; groupId?: string | undefined };
  errors?: FieldErrors | undefined;
}) {
  const view = useView();
  const { workshop } = props;
  const title = view.t('workshops.join.detailsTitle', { title: view.text(workshop.title) });
  return (
    <Layout title={title}>
      <WorkshopAssets />
      <h1>{title}</h1>
      {view.text(workshop.description) && <p class="lead">{view.text(workshop.description)}</p>}
      <p>{view.t(workshop.noteNames === 'named' ? 'workshops.join.namedNotes' : 'workshops.join.anonymousNotes')}</p>
      <ErrorSummary errors={props.errors} />
      <Form action={view.href(`/join/${workshop.joinCode}`)}>
        {workshop.noteNames === 'named' && (
          <TextField
            name="displayName"
            label={view.t('workshops.join.displayName')}
            hint={view.t('workshops.join.displayNameHint')}
            value={props.values.displayName ?? ''}
            autocomplete="nickname"
            maxLength={WORKSHOP_LIMITS.displayNameMax}
            errors={props.errors}
          />
        )}
        {props.groups.length > 0 && (
          <SelectField
            name="groupId"
            label={view.t('workshops.join.group')}
            hint={view.t('workshops.join.groupHint')}
            value={props.values.groupId ?? ''}
            emptyLabel={view.t('workshops.join.chooseGroup')}
            options={props.groups.map((group) => ({ value: group.id, label: group.name }))}
            errors={props.errors}
          />
        )}
        <div class="form-actions">
          <Button>{view.t('workshops.join.submit')}</Button>
        </div>
      </Form>
    </Layout>
  );
}
