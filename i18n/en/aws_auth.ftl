# The aws-auth ConfigMap linter: findings, the mapping answer, the fix, and its command line.

## Command line
cli-lint-aws-auth-about = Check an aws-auth ConfigMap (YAML, JSON or kubectl describe output) the way the EKS authenticator reads it, say whom --principal-arn maps to, and print the fix.
cli-arg-aws-auth-file = The file holding the ConfigMap; - or nothing reads standard input
cli-arg-lint-format = Output format: text (the default) or json
cli-arg-aws-auth-mode = The cluster's authentication mode: CONFIG_MAP, API_AND_CONFIG_MAP or API (default: unknown)
cli-arg-aws-auth-access-entries = A JSON file listing the cluster's access entries (principal_arn, type, username, groups, policies)
cli-arg-aws-auth-symptom = What the fix is for: aws-auth-path (the default) or console-nodes

## Reading errors
aws-auth-error-read-file = Could not read { $path }: { $details }
aws-auth-error-input-empty = The input is empty. Paste the output of kubectl get configmap aws-auth -n kube-system -o yaml.
aws-auth-error-input-too-large = The input is larger than 2 MiB, the most that is read; a ConfigMap holds at most 1 MiB. Is this the right file?
aws-auth-error-yaml = This is not valid YAML (line { $line }, column { $column }): { $details }
aws-auth-error-json = This is not valid JSON (line { $line }, column { $column }): { $details }
aws-auth-error-other-kind = This is a { $kind }, not a ConfigMap. Run kubectl get configmap aws-auth -n kube-system -o yaml and paste that.
aws-auth-error-not-a-config-map = This does not look like the aws-auth ConfigMap (line { $line }, column { $column }): expected a ConfigMap, a data: section, or mapRoles / mapUsers / mapAccounts.
aws-auth-error-principal = { $arn } is not an IAM principal ARN: { $details }
aws-auth-error-access-entries = Could not read the access entries in { $path }: { $details }
aws-auth-error-mode = { $value } is not an authentication mode. Use CONFIG_MAP, API_AND_CONFIG_MAP or API.
aws-auth-error-json-output = Could not write the JSON output: { $details }

## Findings
aws-auth-finding-not-aws-auth = This ConfigMap is { $namespace }/{ $name }. The authenticator reads only kube-system/aws-auth, so nothing here takes effect.
aws-auth-finding-unknown-section-key = The key { $key } is ignored: the authenticator reads only the exact spelling { $expected }. Every entry under it is silently unused.
aws-auth-finding-unknown-data-key = The key { $key } means nothing to the authenticator and is ignored.
aws-auth-finding-block-does-not-parse = The { $key } text is not valid YAML (line { $line }, column { $column } of the block: { $detail }). The authenticator drops the whole section, so none of its entries work.
aws-auth-finding-not-a-string = { $key } holds { $found ->
    [alias] a YAML alias
   *[other] a YAML { $found }
} instead of a text block. Write it as "{ $key }: |" with the entries indented below; without the | nothing in it is used (kubectl apply refuses it).
aws-auth-finding-section-not-a-list = { $key } must be a list of entries, each starting with "- ", but it is { $found ->
    [alias] an alias
   *[other] a { $found }
}. Nothing in it is used.
aws-auth-finding-account-not-a-string = This mapAccounts item is { $found ->
    [alias] an alias
   *[other] a { $found }
}, not an account id.
aws-auth-finding-bad-account = { $value } is not an AWS account id (12 digits).
aws-auth-finding-map-accounts = Every IAM user and role of account { $account } is let in with its ARN as the username and no groups. Unless RBAC binds those usernames, they get 403 Forbidden, not 401.
aws-auth-finding-entry-not-a-mapping = This entry is { $found ->
    [alias] an alias
   *[other] a { $found }
}, not a set of keys like rolearn, username and groups. The authenticator drops it.
aws-auth-finding-alias-repeated = { $more ->
    [one] This entry and one more after it are the alias { $alias }
   *[other] This entry and { $more } more after it are the alias { $alias }
}, not sets of keys like rolearn, username and groups. The authenticator drops every one of them.
aws-auth-finding-unknown-entry-key = The key { $key } is not one the authenticator knows, so it is ignored.
aws-auth-finding-missing-arn = This entry has no { $field }, so the authenticator drops it.
aws-auth-finding-arn-in-wrong-section = This entry uses { $field }, which belongs in { $section }. Here the authenticator finds no ARN and drops the entry: move it to { $section }.
aws-auth-finding-no-username = This entry has no username. Give one explicitly so that Kubernetes RBAC and the audit log can name this identity.
aws-auth-finding-system-masters = { $arn } gets system:masters: full administrator rights that no RBAC rule can limit. Prefer a narrower group, or an access entry with an access policy.
aws-auth-finding-wrong-type = { $field } must be text, but it is { $found ->
    [alias] a YAML alias
   *[other] a YAML { $found }
}, so the authenticator leaves it empty. Quote the value.
aws-auth-finding-group-not-a-string = A group must be text, but this one is { $found ->
    [alias] a YAML alias
   *[other] a YAML { $found }
}.
aws-auth-finding-groups-not-a-list = groups must be a list, but it is { $found ->
    [alias] a YAML alias
   *[other] a YAML { $found }
}, so the entry gets no groups at all (403 Forbidden). An indentation slip often turns "- a" and "- b" into one text.
aws-auth-finding-arn-whitespace = { $arn } has spaces around it. The authenticator compares the text exactly, so it never matches.
aws-auth-finding-not-an-arn = { $arn } is not an IAM ARN. It never matches.
aws-auth-finding-unknown-partition = { $arn } names a partition the authenticator does not know. It never matches.
aws-auth-finding-bad-arn-account = The account in { $arn } is not 12 digits (masked, a placeholder, or digits missing), so as written it never matches. The rest of this entry is checked as if the account were real.
aws-auth-finding-not-a-principal = { $arn } is not an IAM user, role or account root. It never matches.
aws-auth-finding-arn-has-region = { $arn } has a Region, but IAM ARNs have none. It never matches.
aws-auth-finding-assumed-role = { $arn } is a session of the role { $role } (as get-caller-identity shows it). The authenticator turns sessions into the role ARN before comparing, so write the role ARN.
aws-auth-finding-assumed-role-in-users = { $arn } is a session of the role { $role }. Sessions never match: map the role ARN under mapRoles.
aws-auth-finding-role-path = { $arn } has the path { $path }. The authenticator compares a role without its path, so this entry never matches: remove the path.
aws-auth-finding-sso-role-path = { $arn } is an IAM Identity Center role written with its path { $path }. The authenticator compares it without the path, so this entry never matches: remove the path.
aws-auth-finding-user-in-roles = { $arn } is not a role. It does match, but it belongs in mapUsers, where the next reader will look for it.
aws-auth-finding-role-in-users = { $arn } is a role. It does match, but it belongs in mapRoles, where the next reader will look for it.
aws-auth-finding-template-unknown = { $token } is not a template the authenticator knows, so it stays in the name as written. The known ones are { "{{" }AccountID{ "}}" }, { "{{" }SessionName{ "}}" }, { "{{" }SessionNameRaw{ "}}" }, { "{{" }EC2PrivateDNSName{ "}}" } and { "{{" }AccessKeyID{ "}}" }.
aws-auth-finding-template-single-braces = { $token } has single braces, so it is never replaced. Templates take two on each side.
aws-auth-finding-template-unclosed = A template opens with two braces but never closes, so it stays in the name as written.
aws-auth-finding-template-no-session = { $token } in mapUsers: IAM users have no session, so it renders empty (and { "{{" }EC2PrivateDNSName{ "}}" } makes every login fail).
aws-auth-finding-duplicate-last-wins = The same ARN appears again in { $section }; the authenticator keeps the last one, entry { $winner }, and ignores this one.
aws-auth-finding-duplicate-unpredictable = The same user ARN appears again in { $section } with different capitals (see entry { $winner }); the authenticator may use either, in no fixed order.
aws-auth-finding-duplicate-roles-first = This ARN is also in mapRoles (entry { $winner }). The authenticator looks in mapRoles first, so this entry is never used.
aws-auth-finding-key-outside-data = { $key } sits at the top of the ConfigMap, beside data:, instead of under it. Nothing reads it there, so none of its entries are used: indent it under data: (the corrected form is below).
aws-auth-finding-wildcard-arn = { $arn } contains * or ?. The authenticator compares rolearn and userarn as plain text, so a pattern never matches a real caller. Write one entry per ARN; patterns are only for the sso matcher.
aws-auth-finding-hidden-characters = The { $field } value { $value } contains hidden characters (control, bidirectional or zero-width; shown as \u{"{"}…{"}"} or \x..). It is not the value it looks like: the authenticator and Kubernetes RBAC compare the exact text, so it never matches what it seems to name. Type the value again.
aws-auth-finding-unquoted-template = The { $field } value is an unquoted template. YAML reads {"{{"}…{"}}"} there as a mapping used as a key, which cannot be turned into JSON, so the authenticator drops the whole { $key } section: every entry in it stops working, node roles included. Put the value in double quotes.
aws-auth-finding-unquoted-template-section = Somewhere in { $key } a mapping is used as a key (an unquoted {"{{"}…{"}}"} template). The authenticator cannot turn the section into JSON and drops all of it, node roles included. Quote the template.
aws-auth-finding-rolearn-and-sso = This entry has both rolearn and sso. The authenticator accepts only one of the two and drops the entry: split it into two entries.
aws-auth-finding-sso-bad-account = The sso accountID { $value } is not 12 digits (write it in quotes), so the authenticator drops this entry.
aws-auth-finding-sso-wildcard = The sso permissionSetName { $value } contains * or ?. The matcher already covers every role of one permission set; a pattern in the name is refused and the entry is dropped.
aws-auth-finding-sso-bad-permission-set = The sso permissionSetName { $value } is not a permission set name (1 to 32 letters, digits and _+=,.@-), so the authenticator drops this entry.
aws-auth-finding-sso-bad-partition = The sso partition { $value } is not one the authenticator accepts for sso (aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b, or none for aws), so it drops this entry.

## Report
aws-auth-summary = aws-auth ({ $form }): mapRoles { $roles }, mapUsers { $users }, mapAccounts { $accounts } · errors { $errors }, warnings { $warnings }, notes { $infos }
aws-auth-form-yaml = ConfigMap in YAML
aws-auth-form-json = ConfigMap in JSON
aws-auth-form-describe = kubectl describe output
aws-auth-form-data-section = data section
aws-auth-form-fragment = fragment
aws-auth-form-entry-list = list of entries
aws-auth-severity-error = error
aws-auth-severity-warning = warning
aws-auth-severity-info = note
aws-auth-entry-label = { $section } #{ $index }
aws-auth-line = line { $line }
aws-auth-suggested = Corrected:
aws-auth-no-findings = No problems found: the authenticator reads every entry as written.
aws-auth-mappings-title = Mappings, as the authenticator reads them:
aws-auth-mapping-ignored = ignored: its section is never read
aws-auth-mapping-dropped = dropped: the authenticator refuses this entry
aws-auth-mapping-shadowed = unused: a duplicate wins
aws-auth-no-username = (no username)
aws-auth-groups-none = no groups

## Does it map me?
aws-auth-match-title = Does aws-auth map { $arn }? (compared as { $canonical })
aws-auth-match-mapped = Yes, through { $entry }: Kubernetes sees the username { $username } with the groups: { $groups }.
aws-auth-match-others = Other entries match too ({ $entries }); the authenticator picks one of them in no fixed order.
aws-auth-match-template-fails = { $entry } matches, but its { "{{" }EC2PrivateDNSName{ "}}" } needs a session named after an EC2 instance, so the login is refused (Unauthorized).
aws-auth-match-account = No entry matches, but mapAccounts lists { $account }: Kubernetes sees the username { $username } with no groups, so expect 403 Forbidden unless RBAC binds that username.
aws-auth-match-not-mapped = No. Nothing maps this principal, so kubectl answers "You must be logged in to the server (Unauthorized)".
aws-auth-match-not-live = This text cannot be the ConfigMap the cluster reads: { $keys } holds a list or another value where the Kubernetes API requires text, and the API refuses such a ConfigMap. Nothing in it is live, so it cannot say who is mapped. Fix the findings above, or paste the live one (kubectl get configmap aws-auth -n kube-system -o yaml).
aws-auth-match-no-near-miss = No entry even names this user or role: it needs a new entry (below).
aws-auth-miss-path = { $entry } was meant for it, but { $arn } carries the role's path.
aws-auth-miss-assumed-role = { $entry } was meant for it, but { $arn } is a session ARN, not the role.
aws-auth-miss-other-path = { $entry } has the same user name, but { $arn } has another path (user ARNs keep theirs).
aws-auth-miss-other-account = { $entry } has the same name, but { $arn } is in another account.
aws-auth-miss-other-partition = { $entry } has the same name, but { $arn } is in another partition.
aws-auth-miss-section-ignored = { $entry } was meant for it ({ $arn }), but its section is never read (see the findings above).
aws-auth-miss-entry-dropped = { $entry } was meant for it ({ $arn }), but the authenticator drops that entry (see the findings above).
aws-auth-miss-arn-text = { $entry } was meant for it, but { $arn } is not written the way the authenticator compares it.
aws-auth-miss-shadowed = { $entry } matches ({ $arn }), but a duplicate wins over it.
aws-auth-miss-wildcard = { $entry } looks as if it covered it ({ $arn }), but the authenticator compares the text literally: * and ? match only themselves.
aws-auth-mode-unknown = unknown
aws-auth-decision-access-entry = Authentication mode { $mode }: an access entry matches this principal, and access entries win over aws-auth.
aws-auth-decision-aws-auth = Authentication mode { $mode }: no access entry matches, so aws-auth decides.
aws-auth-decision-nobody = Authentication mode { $mode }: neither an access entry nor aws-auth lets this principal in.
aws-auth-decision-overridden = The aws-auth mapping above is not used for this principal.

## The fix
aws-auth-fix-printed-only = These commands are printed for you to review and run; the tool runs none of them.
aws-auth-fix-title = The fix, filled in
aws-auth-fix-corrected-data = The data section, corrected (kubectl edit configmap aws-auth -n kube-system):
aws-auth-fix-entry-title = For { $entry }:
aws-auth-fix-principal-title = For { $arn }:
aws-auth-fix-mapping = The corrected aws-auth entry:
aws-auth-fix-eksctl = With eksctl (it writes the ARN exactly as given, so give it without the path):
aws-auth-fix-access-entry = Or, the modern way, an access entry (the role's full ARN, path included):
aws-auth-fix-mode-config-map = The cluster is in CONFIG_MAP mode, where access entries do nothing. Move it to API_AND_CONFIG_MAP first (aws-auth keeps working; the change cannot be undone):
aws-auth-fix-mode-unknown = Access entries need authentication mode API_AND_CONFIG_MAP or API. Check the mode; if it says CONFIG_MAP, change it (aws-auth keeps working; the change cannot be undone):

## The wizard's aws-auth screen
aws-auth-screen-title = Check the aws-auth ConfigMap · { $symptom }
aws-auth-screen-path-label = File:
aws-auth-screen-hint = Type the path of a file and press Enter, or paste the ConfigMap anywhere on this screen.
aws-auth-screen-intro = Load the customer's aws-auth ConfigMap to see it the way the EKS authenticator reads it: the output of kubectl get configmap aws-auth -n kube-system -o yaml (or -o json, or kubectl describe), saved to a file or pasted here. Nothing is sent anywhere.
aws-auth-screen-answering-for = The answer will be for { $arn }, the principal ARN of the details screen.
aws-auth-screen-no-principal = To learn whether someone is mapped and as whom, fill in the principal ARN on the details screen (Esc twice).
aws-auth-screen-summary = Errors { $errors } · warnings { $warnings } · notes { $infos }
aws-auth-screen-findings-title = Findings, entry by entry
aws-auth-screen-findings-more = { $count ->
    [one] …and one more finding, not listed here. The summary above counts it; the JSON output of lint-aws-auth lists it.
   *[other] …and { $count } more findings, not listed here. The summary above counts them; the JSON output of lint-aws-auth lists them all.
}
aws-auth-findings-more = { $count ->
    [one] …and one more finding, not listed here. The summary above counts it; --format json lists it.
   *[other] …and { $count } more findings, not listed here. The summary above counts them; --format json lists them all.
}
aws-auth-screen-source-paste = the pasted text ({ $lines } lines)
aws-auth-screen-source-file = { $path }
aws-auth-screen-source-cluster = kube-system/aws-auth of { $cluster }, as the checks read it
aws-auth-screen-loaded = Read { $source }: { $form }.
aws-auth-screen-not-loaded = Could not use { $source }; see below.
aws-auth-screen-reading = Reading { $path } …
aws-auth-screen-analysing = Analysing { $source } …
aws-auth-screen-copying = Preparing the text to copy …
aws-auth-screen-copied-fix = Copied the fix to the clipboard ({ $bytes } bytes, via OSC 52).
aws-auth-screen-copied-report = Copied the whole report to the clipboard ({ $bytes } bytes, via OSC 52).
aws-auth-screen-nothing-to-copy = Nothing to copy: no ConfigMap is loaded, or it needs no fix.
aws-auth-screen-path-missing = Type the path of a file first, or paste the ConfigMap.
aws-auth-screen-error-not-found = { $path } does not exist. A relative path starts from the directory the tool was started in.
aws-auth-screen-error-permission = { $path } cannot be read: permission denied.
aws-auth-screen-error-not-a-file = { $path } is not a regular file (a directory, a pipe or a device), so it was not read.
aws-auth-screen-error-too-large = { $path } was not read: { $details }. A ConfigMap holds at most 1 MiB; is this the right file?
aws-auth-screen-error-timed-out = Reading { $path } took longer than 5 seconds, so the tool gave up.
aws-auth-screen-accepted = The tool reads the output of kubectl get configmap aws-auth -n kube-system -o yaml or -o json, kubectl describe configmap aws-auth -n kube-system, a data: section, or a mapRoles: | block alone.
