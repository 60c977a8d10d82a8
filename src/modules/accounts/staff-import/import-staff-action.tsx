import { z } from 'zod';
import { type ActionCall, defineAction } from '../../../platform/actions/action.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import { renderPage, setFlash } from '../../../platform/views/render.tsx';
import { inviteUser } from '../commands/invite-user.ts';
import { importStaff, type StaffImportResult } from './import-staff.ts';
import { StaffImportPage, StaffImportPreviewPage } from './staff-import-page.tsx';
import { type StaffImportInput, staffImportApiBodySchema, staffImportInputSchema } from './staff-import-schema.ts';

type Call = ActionCall<unknown, undefined, StaffImportInput>;

/** The problems of a refused file as the API's field errors: `line.12` (`file` for the whole file). */
function problemsAsFieldErrors(result: StaffImportResult): FieldErrors {
  const errors: FieldErrors = {};
  for (const problem of result.plan.problems) {
    const field = problem.line > 0 ? `line.${problem.line}` : 'file';
    if (!errors[field]) errors[field] = { key: problem.key, values: problem.values };
  }
  return errors;
}

/** The mails follow the commit: one sign-in invitation to each new account, in the person's language. */
async function sendInvitations(call: Call, result: StaffImportResult): Promise<void> {
  const { context, request, actor } = call;
  const baseUrl = `${request.protocol}://${request.host}`;
  for (const userId of result.invite) {
    try {
      await inviteUser(context, {
        organisationId: actor.organisationId,
        organisationName: request.organisation.name,
        userId,
        actorId: actor.userId,
        baseUrl,
      });
    } catch (error) {
      request.log.error({ err: error, userId }, 'a staff import invitation could not be sent; the account is saved');
    }
  }
}

const rowResponseSchema = z.object({
  line: z.number().int(),
  email: z.string(),
  name: z.string(),
  unitId: z.string(),
  role: z.string().nullable(),
  language: z.string(),
  outcome: z.enum(['create', 'update', 'unchanged']),
  invite: z.boolean(),
});

/** What the API answers: every row's outcome, the people the file leaves out, and whether it was saved. */
export const staffImportResponseSchema = z.object({
  committed: z.boolean(),
  encoding: z.string(),
  delimiter: z.string(),
  counts: z.object({ create: z.number(), update: z.number(), unchanged: z.number(), invite: z.number(), deactivate: z.number() }),
  rows: z.array(rowResponseSchema),
  missing: z.array(
    z.object({ userId: z.string(), email: z.string(), outcome: z.enum(['deactivate', 'kept']), reason: z.string().nullable() }),
  ),
});

/** Shapes an import's result for the API. */
export function presentStaffImport(result: StaffImportResult): z.output<typeof staffImportResponseSchema> {
  return {
    committed: result.committed,
    encoding: result.encoding,
    delimiter: result.delimiter,
    counts: result.plan.counts,
    rows: result.plan.rows.map((row) => ({
      line: row.line,
      email: row.email,
      name: row.name,
      unitId: row.unitId,
      role: row.role,
      language: row.locale,
      outcome: row.outcome,
      invite: row.invite,
    })),
    missing: result.plan.missing.map((person) => ({
      userId: person.userId,
      email: person.email,
      outcome: person.outcome,
      reason: person.reason ?? null,
    })),
  };
}

/**
 * Imports staff from an HR export (CSV). Without `commit` it only answers the preview;
 * with it, and no problem in the file, it saves the whole file in one transaction and
 * then mails the new accounts their invitations. A file with any problem saves nothing:
 * the page shows the problems by line (422), the API answers them as `line.N` errors.
 * The confirm form posts the same bytes again in a hidden field; the commit reads and
 * checks them from scratch, so a changed field is only another file, checked the same way.
 */
export const importStaffAction = defineAction({
  name: 'accounts.staff.import',
  summary: 'Previews or saves an HR export of staff (CSV: e-mail, name, unit, role, language)',
  tag: 'accounts',
  input: staffImportInputSchema,
  permission: 'accounts.users.manage',
  rateLimit: { max: 30, timeWindow: '1 minute' },
  run: async ({ context, actor, input, surface }) => {
    const result = await importStaff(context, {
      organisationId: actor.organisationId,
      actorId: actor.userId,
      bytes: Buffer.from(input.content, 'base64'),
      deactivateMissing: input.deactivateMissing,
      commit: input.commit,
    });
    if (surface === 'api' && result.plan.problems.length > 0) throw refuse.invalid(problemsAsFieldErrors(result));
    return result;
  },
  pageVersion: 'unchanged',
  after: [sendInvitations],
  api: {
    method: 'POST',
    url: '/staff/import',
    body: staffImportApiBodySchema,
    toInput: ({ input }) => input as StaffImportInput,
    response: staffImportResponseSchema,
    present: (_call, result) => presentStaffImport(result),
  },
  page: {
    url: '/admin/staff/import',
    form: ({ context, request }, reply, state, status) =>
      renderPage(
        context,
        request,
        reply,
        <StaffImportPage deactivateMissing={state.values.deactivateMissing !== undefined} errors={state.errors} />,
        status,
      ),
    respond: ({ context, request, reply, input }, result) => {
      if (result.committed) {
        setFlash(reply, 'accounts.staffImport.done');
        return reply.redirect(`/${request.locale}/admin/users`, 303);
      }
      const page = <StaffImportPreviewPage result={result} content={input.content} deactivateMissing={input.deactivateMissing} />;
      return renderPage(context, request, reply, page, result.plan.problems.length > 0 ? 422 : 200);
    },
  },
});
