// No imports: the command line shows this in its help without loading the app.

/** The usage of `tarina staff import`, for `tarina help`. */
export const STAFF_USAGE = `  staff import FILE [--commit] [--deactivate-missing] [--organisation SLUG]
                               Read an HR export (CSV: e-mail, name, unit or work community,
                               role, language; UTF-8 or Windows-1252; ; , or tab) and print
                               each row's outcome with its line number. Only with --commit
                               are accounts created or updated, placed, given their roles and
                               invited (set PUBLIC_URL for the links); with
                               --deactivate-missing the placed staff not in the file are
                               deactivated. A file with any bad row is refused whole (exit 1).
                               --organisation picks the organisation by slug (default: the
                               default one).`;
