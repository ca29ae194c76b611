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

error-message-intro = Type or paste the error message as it is (terminal, CI log, Terraform, console); every key types here, commands are Enter, Esc, ↑↓ and Ctrl- keys.
error-message-empty = Nothing yet: type the message, or paste it with your terminal.
error-message-pasted-title = Pasted text
error-message-enter = Enter opens the marked reading with these values (↑↓ pick another); correct them on the next screen, which checks each as you type.
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

# Problems next to the six symptoms (issue 12): what each is, and what to do.
triage-related-heading = Next to the six symptoms: { $id }
triage-related-todo = What to do: { $todo }
triage-related-exec-plugin-api-version = The kubeconfig asks for an exec credential API version (client.authentication.k8s.io/v1alpha1 or another) that this kubectl, or the tool reading the kubeconfig, does not accept.
triage-related-exec-plugin-api-version-todo = Update the AWS CLI (or aws-iam-authenticator) and kubectl, then write the kubeconfig again with aws eks update-kubeconfig --name CLUSTER --region REGION: it then uses client.authentication.k8s.io/v1beta1.
triage-related-exec-plugin-failed = No token could be had: the exec plugin named in the kubeconfig (usually aws) was not found or ended with an error, so no request reached the cluster.
triage-related-exec-plugin-failed-todo = Run the command from the kubeconfig's exec section yourself (for example aws eks get-token --cluster-name CLUSTER) in the same environment to see the real error. Check that aws is on the tool's PATH and that its profile and credentials work (aws sts get-caller-identity).
triage-related-credentials-expired = The credentials are temporary and have expired (ExpiredToken, ExpiredTokenException, RequestExpired): AWS refused them before looking at any permission.
triage-related-credentials-expired-todo = Get fresh credentials (aws sso login, assume the role again, or renew the session your tool uses) and retry. For long runs, use a session that lasts long enough or a credential source that renews itself. If the machine's clock is wrong, fix that first.
triage-related-credentials-invalid = AWS does not recognise the credentials: the access key does not exist or was deactivated, the secret key does not match it, or a session token is missing or belongs to other keys (InvalidClientTokenId, UnrecognizedClientException, SignatureDoesNotMatch).
triage-related-credentials-invalid-todo = See which credentials are in use with aws configure list and aws sts get-caller-identity (environment variables win over the profile). Replace wrong or deactivated keys, and set AWS_SESSION_TOKEN together with temporary keys. A Region that needs opting in refuses keys until it is enabled.
triage-related-credentials-missing = No credentials were found at all (Unable to locate credentials, NoCredentialProviders): nothing was signed, so this is not a permission problem yet.
triage-related-credentials-missing-todo = Give the process credentials: aws configure or aws sso login for a person, an AWS_PROFILE that names an existing profile, or a role for a workload (instance profile, IRSA or EKS Pod Identity). Check that the tool runs with the same user, HOME and environment as your shell.
triage-related-clock-skew = The machine's clock is too far from AWS's (Signature not yet current or expired, RequestTimeTooSkewed): signatures are accepted only within a few minutes of the true time.
triage-related-clock-skew-todo = Set the clock right and keep it synchronised (NTP or chrony; on EC2 the Amazon Time Sync Service; on a laptop, resync after sleep), then retry. Containers use the host's clock.
triage-related-authentication-mode = The cluster's authentication mode does not allow what was asked: access entries need API or API_AND_CONFIG_MAP, and a cluster in API mode no longer reads the aws-auth ConfigMap.
triage-related-authentication-mode-todo = See the mode with aws eks describe-cluster --name CLUSTER --query cluster.accessConfig. Access entries need API_AND_CONFIG_MAP or API (aws eks update-cluster-config --access-config authenticationMode=API_AND_CONFIG_MAP); the mode only moves towards API and cannot be set back.
triage-alternatives-heading = Other readings worth a look
triage-alternative = { $title } ({ $id }) · { $percent }%
error-message-choice = Enter opens: { $title } ({ $id })
report-badge-typing = Ctrl-S report · Ctrl-R redact: { $state }
