# Reading a pasted error message: the explain command, the report and the wizard screen.

cli-explain-about = Read an error message (offline, no AWS call): name the symptom, pull out the principal, action, resource, account, Region and cluster, and print the guide filled with them. Exit code 0 when a symptom is recognised, 1 when it is not, 2 for a usage error.
cli-arg-error = The error message itself (otherwise it is read from --error-file or standard input)
cli-arg-error-file = A file holding the error message
cli-arg-redact = Replace account ids, session names and access key ids with stable placeholders

triage-symptom-unknown = Not one of the six symptoms
triage-confidence = Confidence: { $percent }%
triage-field-principal-arn = Principal ARN
triage-field-principal-kind = Kind of principal
triage-field-account-id = Principal's account
triage-field-action = Action
triage-field-resource-arn = Resource ARN
triage-field-region = Region
triage-field-cluster = Cluster
triage-field-operation = Operation
triage-field-error-code = Error code
triage-field-deny-reason = Why it was denied
triage-field-none = (not in the message)
triage-others-heading = Further errors in the same text
triage-unknown-hint = The text does not match any of the six symptoms. Pick the closest one in the wizard, or run eks-iam-tui guide <symptom>.

explain-error-too-long = The error message is { $len } bytes long; at most { $max } bytes can be read. Paste only the error itself.
explain-error-read-file = The file { $path } could not be read: { $details }
explain-error-no-input = Give the error message with --error, --error-file, or on standard input.
explain-error-stdin = Standard input could not be read: { $details }

report-title = EKS IAM troubleshooting report
report-heading-error = The error message
report-heading-symptom = Recognised symptom
report-heading-fields = Values read from the message
report-heading-others = Further errors in the same text
report-heading-steps = Steps
report-redacted-note = Account ids, session names and access key ids are replaced with placeholders; the same value always has the same placeholder.
report-table-field = Field
report-table-value = Value

error-message-intro = Paste the error message as it is (from a terminal, a CI log, Terraform or the console); wrapped lines are joined back together.
error-message-empty = Nothing pasted yet: paste with your terminal's paste shortcut.
error-message-pasted-title = Pasted text
error-message-enter = Enter opens it with these values; correct any of them on the next screen, which checks each as you type. 1-6 open another symptom instead.
triage-keys-error-message = Enter open symptom · Backspace clear · Esc back · l 日本語 · ? help · q quit

# diagnose --error: triage first, then the probes of the symptom the message shows.
cli-arg-diagnose-error = An error message to read first: its symptom picks the checks (unless --symptom is given) and its values fill what the command line leaves out; - reads standard input
cli-arg-diagnose-error-file = A file holding the error message to read first
cli-arg-diagnose-redact = Replace account ids, session names and access key ids with stable placeholders, in the message and in the evidence
diagnose-error-unknown = The error message does not match any of the six symptoms, so nothing was checked. Run eks-iam-tui explain to see what was read from it, or give --symptom to run one symptom's checks anyway.
report-heading-context = Values used in the checks and steps
report-table-evidence = Evidence
report-value-unset = (not given)

# The wizard's report: w writes it to a file, r switches redaction.
report-badge = w report · r redact: { $state }
report-badge-redact-on = on
report-badge-redact-off = off
report-written = Report written to { $path }
report-written-redacted = Redacted report written to { $path }
report-write-failed = The report could not be written to { $path }: { $details }
report-redaction-on = Reports are now redacted: account ids, session names and access key ids become placeholders.
report-redaction-off = Reports are no longer redacted.
report-nothing = Nothing to report yet: paste an error message or pick a symptom first.
report-heading-chosen-symptom = Symptom worked on
