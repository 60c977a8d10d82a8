// No imports: the command line shows this in its help without loading the app.

/** The usage of the statements subcommands, for `tarina help`. */
export const STATEMENTS_USAGE = `  statements import DIR --process SLUG [--host HOST]
                               Import a Polis export folder (comments.csv, votes.csv) into a
                               new draft statements channel of the process, and compute its
                               opinion groups. Nothing is stored if a file is malformed.
  statements export DIR --process SLUG [--channel ID] [--host HOST]
                               Write comments.csv, votes.csv and participants-votes.csv in
                               Polis's format, with our computed group-id. --host picks the
                               organisation as a request to that host would (default: the default one).`;
