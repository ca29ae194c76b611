# The wizard's frame, screens, keys and the command line. Guide prose is in guide.ftl.

app-header = eks-iam-tui · Amazon EKS IAM troubleshooting

## Home
home-title = What does the customer see?
home-intro = Pick the symptom that matches, or start from the error message you were given.
home-error-entry = I have an error message
home-error-entry-summary = Paste the text and the tool works out which symptom it is

## Error message (until pasted-error reading arrives)
error-message-title = Start from an error message
error-message-unavailable =
    Reading a pasted error message is not available in this version yet.

    Until then, compare the message with the six symptoms: "AccessDeniedException" goes with the first, "iam:PassRole" with the fourth, "sts:AssumeRole" on another account's role with the fifth, "SignatureDoesNotMatch ... valid region" with the sixth, "Unauthorized" from kubectl with the third, and an empty Compute tab in the console with the second.

    Press Enter or Esc to go back to the list.

## Context
context-title = { $symptom }: your details
context-intro = Fill in what you know; every field is optional. The guide uses these values in its commands and marks what is still missing.
context-pickers = F6 picks the AWS profile the checks sign with, F7 the Region, F8 a kubeconfig context (its cluster and Region fill the empty fields).

## Guide
guide-title = { $symptom }: what to do
guide-position = Step { $step } of { $total }

## Frame
too-small = The terminal is too small ({ $width }×{ $height }). Please enlarge it to at least { $min_width }×{ $min_height }.
status-line = Language: { $language } · AWS profile: { $profile } · Region: { $region }
status-line-short = AWS profile: { $profile } · Region: { $region }
status-line-caller = { $status } · caller: { $arn }
status-not-set = not set
status-default-profile = default
status-environment-keys = keys from the environment
language-name-en = English
language-name-ja = 日本語
notice-copied = Copied the commands of step { $step } to the clipboard ({ $bytes } bytes, via OSC 52).
notice-nothing-to-copy = This step has no commands to copy.
notice-language-switched = Switched to English.

## Help
help-title = Keys
help-footer = This tool only reads: it never changes your AWS account. Commands are shown for you to run.

## Errors
panic-report =
    eks-iam-tui stopped because of an internal error, and the terminal has been restored.
    Please report this, with what you were doing:
    { $details }
error-not-a-terminal = The wizard needs an interactive terminal. To print a guide instead, run: eks-iam-tui guide <symptom>
error-terminal = The terminal could not be used: { $details }
error-guide-data = The built-in guide data is damaged: { $details }

## Command line
cli-about = Troubleshoot Amazon EKS IAM problems: a wizard for the six symptoms of the EKS User Guide's "Troubleshooting IAM" page, in English or Japanese. Without a command, the wizard opens.
cli-guide-about = Print the guide for one symptom, filled with the values you give, for a ticket or a chat.
cli-heading-usage = Usage
cli-heading-options = Options
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-after-help = Symptoms: access-denied, console-nodes, aws-auth-path, pass-role, cross-account, sts-region.
cli-arg-lang = Language: en or ja (default: from LC_ALL, LC_MESSAGES or LANG, else English)
cli-arg-ascii = Draw borders with ASCII characters (for terminals that show box lines double-wide)
cli-arg-profile = The AWS profile to show and use
cli-arg-explain-profile = The AWS profile the printed aws and eksctl commands name (else AWS_PROFILE, else AWS_DEFAULT_PROFILE, as the AWS CLI chooses)
cli-arg-explain-kube-context = The kubeconfig context the printed kubectl commands name (no kubeconfig is read)
cli-arg-cluster = EKS cluster name
cli-arg-region = AWS Region of the cluster
cli-arg-principal-arn = ARN of the IAM user or role having the problem
cli-arg-action = The action that was denied, such as eks:DescribeCluster
cli-arg-target-role-arn = ARN of the role being passed or assumed
cli-arg-other-account-id = The other AWS account that needs access
cli-arg-service-account = Kubernetes service account as namespace/name
cli-arg-can-i = One more question for Kubernetes, as kubectl auth can-i takes it ("create deployments.apps -n web")
cli-arg-help = Show this help
cli-arg-version = Show the version
cli-arg-symptom = The symptom: access-denied, console-nodes, aws-auth-path, pass-role, cross-account or sts-region
cli-arg-format = Output format: text (the default), markdown or json
cli-error-invalid-value = { $value } is not a valid value for { $arg }. Valid values: { $valid }
cli-error-unknown-argument = Unknown option: { $arg }
cli-error-unknown-command = Unknown command: { $command }
cli-error-missing = Something required is missing: { $arg }
cli-error-conflict = These options cannot be used together: { $arg }
cli-error-too-many = { $arg } was given more than once.
cli-error-other = The command line could not be read.
cli-error-see-help = Run eks-iam-tui --help to see what is accepted.
cli-warning-field = Note: { $field }: { $problem }
