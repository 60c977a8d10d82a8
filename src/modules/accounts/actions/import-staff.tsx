import { defineAction } from '../../../platform/actions/action.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import { renderPage, setFlash } from '../../../platform/views/render.tsx';
import { presentStaffImport, staffImportResponseSchema } from '../presenters.ts';
import { importStaff } from '../staff-import/import-staff.ts';
import { StaffImportPage, StaffImportPreviewPage } from '../staff-import/staff-import-page.tsx';
import type { StaffImportResult } from '../staff-import/staff-import-result.ts';
import { type StaffImportInput, staffImportApiBodySchema, staffImportInputSchema } from '../staff-import/staff-import-schema.ts';

/** The problems of a refused file as the API's field errors: `line.12` (`file` for the whole file). */
function problemsAsFieldErrors(result: StaffImportResult): FieldErrors {
  const errors: FieldErrors = {};
  for (const problem of result.plan.problems) {
    const field = problem.line > 0 ? `line.${problem.line}` : 'file';
    if (!errors[field]) errors[field] = { key: problem.key, values: problem.values };
  }
  return errors;
}

/**
 * Imports staff from an HR export (CSV). Without `commit` it only answers the preview;
 * with it, and no problem in the file, it saves the whole file in one transaction, which
 * also asks for the new accounts' invitations (one batch row; the new rows are marked) and
 * moves the page version when people changed: the `accounts.invitations` job mails them
 * (thousands, for a city's HR export) off the request path. A file with any problem saves nothing:
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
  run: async ({ context, request, actor, input, surface }) => {
    const result = await importStaff(context, {
      organisationId: actor.organisationId,
      organisationName: request.organisation.name,
      actorId: actor.userId,
      baseUrl: `${request.protocol}://${request.host}`,
      bytes: Buffer.from(input.content, 'base64'),
      deactivateMissing: input.deactivateMissing,
      commit: input.commit,
    });
    if (surface === 'api' && result.plan.problems.length > 0) throw refuse.invalid(problemsAsFieldErrors(result));
    return result;
  },
  // The import moves the page version itself, in its transaction, when it updates, deactivates or reactivates anyone.
  pageVersion: 'in-command',
  // The invitations are rows the commit wrote; the `accounts.invitations` job mails them.
  after: [],
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
