// CLI usage errors (exit code 2) and the help text.

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const HELP = `privacy-desk — the Privacy Desk administrator's command line

Usage: privacy-desk [global options] <command> [options]

Commands:
  init                 Create the practice database and its first administrator
      --practice-file FILE.json   practice details (name, address, phone, privacy officer, ...)
      --admin-username NAME  --admin-name "Full Name"
      --admin-password-env VAR    (else prompted)
  enrolment export     The enrolment file that joins another workstation to the practice's server (administrators)
      --out FILE.json             wrapped with the practice passphrase (--passphrase-env); audited
  enrol FILE           Join this workstation to the practice's server with an enrolment file (no --user);
                       then everyone signs in here with their own account
  users add            Add a user (signed in as an administrator)
      --username NAME  --name "Full Name"  --role front_desk|privacy_officer|admin
      --new-password-env VAR      (else prompted)
  users list           List users (administrators)
  users recover        A locked-out administrator's way back in, proven by the practice passphrase (no --user):
      --username NAME             clears that administrator's lockout; audited (users.recoverWithPassphrase)
      --new-password-env VAR      also set a new password (or --new-password to be prompted for it)
  audit verify         Verify the audit log's signature chain (privacy officers, administrators)
  audit list           Entries in words, newest first  [--limit N] [--before ENTRY] [--lang en|es]
      filters (also for export and print): --by-user NAME  --action CODE  --mrn MRN | --record TYPE[:ID]
                                           --from YYYY-MM-DD  --to YYYY-MM-DD  (practice time zone days)
  audit export         Write the filtered entries as CSV   --out FILE.csv [--lang en|es]  (audited)
  audit print          Write the filtered entries as PDF   --out FILE.pdf [--lang en|es]  (audited)
  notice list          List the Notice of Privacy Practices versions, with status and effective dates
  notice show          Print a version's text     [--version N|current] [--lang en|es]
  notice pdf           Write a PDF                [--version N|current] [--lang en|es]
      --kind full|layered|large-print|poster|tpo  --out FILE.pdf  [--paper letter|tabloid]  (paper: poster only)
  notice publish       Publish a version (privacy officers, administrators)
      --from FILE.json   {"language":"en","content":"template" or the content,
                          "effectiveDate":"YYYY-MM-DD","changeSummary":"...","materialChange":true|false|null}
  patients add         Register a patient (audited)
      --mrn MRN  --first-name NAME  --last-name NAME  --date-of-birth YYYY-MM-DD
  patients search      Patients whose first or last name starts with Q, or whose MRN is Q  --query Q [--limit N]

Global options:
  --db PATH|URL             the database file, or the practice's server as postgres://user@host:5432/database
                            (TLS verify-full off this computer: ?sslrootcert=CA.pem; the password from the
                            key vault after setup or enrolment, or PGPASSWORD); default: the per-user data
                            folder, or the server this workstation joined; env PRIVACY_DESK_DB
  --passphrase-env VAR      the practice passphrase from this environment variable (else prompted)
  --user NAME               who is acting (every command but init and users recover)
  --password-env VAR        that user's password from this environment variable (else prompted)
  --json                    print JSON instead of text
  --help                    show this help

Exit codes: 0 done, 1 failed, 2 usage error (unknown command or option, missing or invalid input).`;
