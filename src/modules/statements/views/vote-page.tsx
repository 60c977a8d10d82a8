import type { FieldErrors } from '../../../platform/http/errors.ts';
import { Button, ErrorSummary, Form, SelectField, TextArea } from '../../../platform/views/components/forms.tsx';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Process } from '../../processes/index.ts';
import type { ParticipationBlock } from '../channel-access.ts';
import type { Channel, Statement } from '../model.ts';
import { STATEMENT_LIMITS } from '../schemas.ts';
import { ChannelBreadcrumbs } from './channel-breadcrumbs.tsx';
import { StatementText } from './statement-text.tsx';

/** What the voting page shows. */
export interface VotePageProps {
  process: Process;
  channel: Channel;
  block: ParticipationBlock;
  next: Statement | null;
  progress: { voted: number; total: number };
  /** The participant's group letter in the newest results, when they are grouped. */
  group: string | null;
  mayAdd: boolean;
  basePath: string;
  resultsHref: string | null;
  statementForm: { text: string; language: string; errors?: FieldErrors };
}

function Notice(props: { block: ParticipationBlock; channel: Channel }) {
  const view = useView();
  const at = (value: string | null) => (value ? view.formatDate(value, { dateStyle: 'long', timeStyle: 'short' }) : '');
  switch (props.block) {
    case 'draft':
      return <p class="notice notice--warning">{view.t('statements.vote.draft')}</p>;
    case 'notYetOpen':
      return <p class="notice notice--info">{view.t('statements.vote.notYetOpen', { date: at(props.channel.opensAt) })}</p>;
    case 'closed':
      return <p class="notice notice--info">{view.t('statements.vote.closed')}</p>;
    case 'notInAudience':
      return <p class="notice notice--info">{view.t(`statements.audience.only.${props.channel.audience}`)}</p>;
    case 'signInRequired':
      return (
        <div class="notice notice--info">
          <p>{view.t(`statements.audience.only.${props.channel.audience}`)}</p>
          <p>
            <a href={view.href(`/sign-in?next=${encodeURIComponent(view.url)}`)}>{view.t('statements.vote.signIn')}</a>
          </p>
        </div>
      );
    default:
      return null;
  }
}

function CurrentStatement(props: { statement: Statement; basePath: string }) {
  const view = useView();
  return (
    <section class="card" aria-labelledby="current-statement-heading">
      <h2 id="current-statement-heading" tabIndex={-1} data-vote-focus>
        {view.t('statements.vote.statementHeading', { number: props.statement.number })}
      </h2>
      <p class="lead">
        <StatementText statement={props.statement} />
      </p>
      <Form action={`${props.basePath}/votes`}>
        <input type="hidden" name="statementId" value={props.statement.id} />
        <fieldset class="field">
          <legend class="visually-hidden">{view.t('statements.vote.legend')}</legend>
          <div class="cluster">
            <Button name="vote" value="agree">
              {view.t('statements.vote.agree')}
            </Button>
            <Button name="vote" value="disagree">
              {view.t('statements.vote.disagree')}
            </Button>
            <Button name="vote" value="pass" variant="secondary">
              {view.t('statements.vote.pass')}
            </Button>
          </div>
        </fieldset>
      </Form>
    </section>
  );
}

function AddStatement(props: VotePageProps) {
  const view = useView();
  const { errors } = props.statementForm;
  return (
    <section aria-labelledby="add-statement-heading">
      <h2 id="add-statement-heading">{view.t('statements.submit.heading')}</h2>
      <p>{view.t(props.channel.moderation === 'before' ? 'statements.submit.hintBefore' : 'statements.submit.hintAfter')}</p>
      <ErrorSummary errors={errors} />
      <Form action={`${props.basePath}/statements`}>
        <TextArea
          name="text"
          label={view.t('statements.submit.text')}
          hint={view.t('statements.submit.textHint', { max: STATEMENT_LIMITS.statementMax })}
          value={props.statementForm.text}
          errors={errors}
          rows={3}
          maxLength={STATEMENT_LIMITS.statementMax}
        />
        <SelectField
          name="language"
          label={view.t('statements.submit.language')}
          value={props.statementForm.language}
          options={(['fi', 'sv', 'en'] as const).map((locale) => ({ value: locale, label: view.t(`statements.language.${locale}`) }))}
          errors={errors}
        />
        <div class="form-actions">
          <Button>{view.t('statements.submit.send')}</Button>
        </div>
      </Form>
    </section>
  );
}

/**
 * The voting page, made for a phone: one statement at a time with agree,
 * disagree and pass as real buttons of a form (no JavaScript needed), the
 * participant's progress and group, and the form for a statement of their own.
 */
export function VotePage(props: VotePageProps) {
  const view = useView();
  const question = view.text(props.channel.question);
  const { voted, total } = props.progress;
  return (
    <Layout title={question}>
      <ChannelBreadcrumbs
        process={props.process}
        trail={[{ label: view.t('statements.list.heading'), href: view.href(`/processes/${props.process.slug}/statements`) }]}
        current={question}
      />
      <h1>{question}</h1>
      <p>{view.t('statements.vote.intro')}</p>
      <Notice block={props.block} channel={props.channel} />
      {props.block === null && (
        <div class="stack">
          {/* vote.js swaps the region below after a background vote and announces the confirmation here. */}
          <p class="visually-hidden" aria-live="polite" data-vote-announcer />
          <div class="stack" data-vote-region>
            <p>
              <label for="vote-progress">{view.t('statements.vote.progress', { voted, total })}</label>
              <br />
              <progress id="vote-progress" max={Math.max(total, 1)} value={voted} />
            </p>
            {props.group && <p class="notice notice--info">{view.t('statements.vote.yourGroup', { group: props.group })}</p>}
            {props.next ? (
              <CurrentStatement statement={props.next} basePath={props.basePath} />
            ) : (
              <p class="notice notice--success">{view.t(total > 0 ? 'statements.vote.allDone' : 'statements.vote.noStatements')}</p>
            )}
          </div>
          {props.mayAdd && <AddStatement {...props} />}
          {props.next && <script type="module" src="/assets/statements/vote.js" />}
        </div>
      )}
      {props.resultsHref && (
        <p>
          <a href={props.resultsHref}>{view.t('statements.vote.resultsLink')}</a>
        </p>
      )}
    </Layout>
  );
}
