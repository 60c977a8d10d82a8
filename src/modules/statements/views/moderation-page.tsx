import type { FieldErrors } from '../../../platform/http/errors.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, ErrorSummary, Form } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Channel, Statement } from '../model.ts';
import { STATEMENT_LIMITS } from '../schemas.ts';
import { StatementText } from './statement-text.tsx';

/** What the moderation queue shows. */
export interface ModerationPageProps {
  channel: Channel;
  /** Waiting for a decision before anyone sees them. */
  pending: Statement[];
  /** Participants' statements shown at once and not yet looked at. */
  unreviewed: Statement[];
  /** Everything else that is shown: a moderator may still hide it. */
  published: Statement[];
  hidden: Statement[];
  errors?: FieldErrors;
  /** The statement the errors are about. */
  errorStatementId?: string;
}

interface QueueProps {
  channel: Channel;
  /** The label of the publish button, or null where publishing again would change nothing. */
  publishLabel: string | null;
  hide: boolean;
  errors?: FieldErrors | undefined;
  errorStatementId?: string | undefined;
}

function Decision(props: QueueProps & { statement: Statement }) {
  const view = useView();
  const action = view.href(`/admin/statements/${props.channel.id}/moderation/${props.statement.id}`);
  // The statement a refused decision was about gets the id the error summary links to.
  const failed = props.errorStatementId === props.statement.id && props.errors?.reason;
  const reasonId = failed ? 'field-reason' : `reason-${props.statement.id}`;
  return (
    <div class="cluster">
      {props.publishLabel && (
        <Form action={action} class="inline-form">
          <input type="hidden" name="decision" value="publish" />
          <Button variant="secondary">{props.publishLabel}</Button>
        </Form>
      )}
      {props.hide && (
        <Form action={action}>
          <input type="hidden" name="decision" value="hide" />
          <div class="field">
            <label class="field__label" for={reasonId}>
              {view.t('statements.moderation.reason')}
            </label>
            <p class="field__hint" id={`${reasonId}-hint`}>
              {view.t('statements.moderation.reasonHint')}
            </p>
            {failed && (
              <p class="field__error" id={`${reasonId}-error`}>
                {view.t(failed.key, failed.values)}
              </p>
            )}
            <input
              id={reasonId}
              name="reason"
              class="input"
              required
              maxLength={STATEMENT_LIMITS.hiddenReasonMax}
              aria-invalid={failed ? 'true' : undefined}
              aria-describedby={failed ? `${reasonId}-hint ${reasonId}-error` : `${reasonId}-hint`}
            />
          </div>
          <Button variant="danger">{view.t('statements.moderation.hide')}</Button>
        </Form>
      )}
    </div>
  );
}

function Queue(props: QueueProps & { heading: string; empty: string; statements: Statement[] }) {
  const view = useView();
  return (
    <section>
      <h2>{props.heading}</h2>
      {props.statements.length === 0 ? (
        <p>{props.empty}</p>
      ) : (
        <ul class="card-list">
          {props.statements.map((statement) => (
            <li key={statement.id}>
              <article class="card">
                <p class="card__meta">
                  {view.t('statements.moderation.meta', {
                    number: statement.number,
                    date: view.formatDate(statement.createdAt, { dateStyle: 'medium', timeStyle: 'short' }),
                  })}
                </p>
                <p>
                  <StatementText statement={statement} />
                </p>
                {statement.hiddenReason && (
                  <p class="muted">{view.t('statements.moderation.hiddenBecause', { reason: statement.hiddenReason })}</p>
                )}
                <Decision {...props} statement={statement} />
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The moderation queue of a channel: publish or hide (with a reason) what participants wrote, and restore hidden statements. */
export function ModerationPage(props: ModerationPageProps) {
  const view = useView();
  const title = view.t('statements.moderation.title', { question: view.text(props.channel.question) });
  return (
    <AdminLayout title={title} breadcrumbs={[{ label: view.t('statements.admin.title'), href: view.href('/admin/statements') }]}>
      <h1>{title}</h1>
      <p>{view.t(`statements.moderation.mode.${props.channel.moderation}`)}</p>
      <ErrorSummary errors={props.errors} />
      <Queue
        channel={props.channel}
        heading={view.t('statements.moderation.pendingHeading')}
        empty={view.t('statements.moderation.nonePending')}
        statements={props.pending}
        publishLabel={view.t('statements.moderation.publish')}
        hide
        errors={props.errors}
        errorStatementId={props.errorStatementId}
      />
      <Queue
        channel={props.channel}
        heading={view.t('statements.moderation.unreviewedHeading')}
        empty={view.t('statements.moderation.noneUnreviewed')}
        statements={props.unreviewed}
        publishLabel={view.t('statements.moderation.approve')}
        hide
        errors={props.errors}
        errorStatementId={props.errorStatementId}
      />
      <Queue
        channel={props.channel}
        heading={view.t('statements.moderation.publishedHeading')}
        empty={view.t('statements.moderation.nonePublished')}
        statements={props.published}
        publishLabel={null}
        hide
        errors={props.errors}
        errorStatementId={props.errorStatementId}
      />
      <Queue
        channel={props.channel}
        heading={view.t('statements.moderation.hiddenHeading')}
        empty={view.t('statements.moderation.noneHidden')}
        statements={props.hidden}
        publishLabel={view.t('statements.moderation.restore')}
        hide={false}
      />
    </AdminLayout>
  );
}
