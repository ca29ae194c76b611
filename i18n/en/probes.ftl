# Live probes: what they found, why they could not check, and the `diagnose` command.

## diagnose on the command line
cli-diagnose-about = Ask AWS (read-only) which cause of a symptom holds, and print the evidence, the findings and the steps.
cli-arg-assume = Allow sts:AssumeRole into the target role, or into the role kubectl's exec plugin assumes for the Kubernetes checks (the only call that is not a plain read)
cli-arg-connect-timeout-ms = How long to wait for a connection, in milliseconds (default 3000)
cli-arg-call-timeout-ms = How long one AWS call may take, in milliseconds (default 10000)
diagnose-heading-probes = Checks
diagnose-heading-findings = Findings
diagnose-heading-steps = Steps
diagnose-outcome-ok = ok
diagnose-outcome-problem = problem
diagnose-outcome-unknown = could not check
diagnose-outcome-skipped = skipped
diagnose-fix = Fix
diagnose-severity-error = error
diagnose-severity-warning = warning
diagnose-severity-info = info
# The cause and what to do, as one paragraph.
aws-error-with-advice = { $cause } { $advice }
diagnose-no-findings = Nothing wrong was found in what could be checked.
diagnose-region-source = Region: { $region } · profile: { $profile }

## Probe names
probe-identity-title = Who is calling
probe-role-path-title = Role and its path
probe-cluster-title = Cluster
probe-console-permissions-title = Console permissions
probe-access-entries-title = Access entries
probe-pass-role-title = Passing the role
probe-cross-account-title = Cross-account trust
probe-sts-endpoints-title = STS endpoints

## Summaries
probe-summary-unknown = Could not check.
probe-summary-skipped = Not run.
probe-skip-dependency = Skipped because the “{ $probe ->
        [identity] { probe-identity-title }
        [role-path] { probe-role-path-title }
        [cluster] { probe-cluster-title }
        [console-permissions] { probe-console-permissions-title }
        [access-entries] { probe-access-entries-title }
        [pass-role] { probe-pass-role-title }
        [cross-account] { probe-cross-account-title }
        [sts-endpoints] { probe-sts-endpoints-title }
        [k8s-identity] { probe-k8s-identity-title }
        [k8s-permissions] { probe-k8s-permissions-title }
        [aws-auth-live] { probe-aws-auth-live-title }
        [sts-region-pod] { probe-sts-region-pod-title }
       *[other] { $probe }
    }” check could not deliver its result.
probe-skip-no-principal = Skipped: no principal to check.
probe-skip-no-cluster = Skipped: no cluster name was given (--cluster).
probe-skip-cannot-simulate = Skipped: the policy simulator cannot evaluate root or federated users.
probe-skip-config-map-only = Skipped: the cluster uses CONFIG_MAP only, so access entries do not apply.
probe-skip-no-target = Skipped: no target role ARN was given (--target-role-arn).
probe-skip-other-account = Skipped: the target role is in another account, which this account cannot read.
probe-skip-cross-account-confirm = Skipped: the role's trust policy is in the other account; allow AssumeRole (--assume, or confirm on screen) to test it.
probe-identity-ok = You are { $arn } ({ $kind }).
probe-identity-ok-role-profile = You are { $arn } ({ $kind }). These credentials came from the profile { $profile }, whose role_arn made the credential chain call sts:AssumeRole for { $role } (as the AWS CLI does) before any check ran.
probe-role-path-not-role = { $arn } is not a role; aws-auth and IAM use this ARN as it is.
probe-role-path-missing = The role { $name } does not exist in this account.
probe-role-path-ok = The real role ARN is { $arn }.
probe-role-path-has-path = The role has a path: { $arn }. In aws-auth it must be written { $aws_auth_arn }.
probe-cluster-ok = Cluster { $name }: { $status }, authentication mode { $mode }.
probe-cluster-missing = There is no cluster { $name } in { $region }.
probe-cluster-denied = { $principal } may not call { $action }.
probe-console-permissions-ok = { $count ->
    [one] The one permission the console needs is allowed.
   *[other] All { $count } permissions the console needs are allowed.
}
probe-console-permissions-missing = { $count ->
    [one] 1 permission the console needs is not allowed.
   *[other] { $count } permissions the console needs are not allowed.
}
probe-access-entries-none = { $principal } has no access entry on { $cluster }.
probe-access-entries-found = { $count ->
    [0] { $principal } has an access entry with no access policy.
    [one] { $principal } has an access entry with 1 access policy.
   *[other] { $principal } has an access entry with { $count } access policies.
}
probe-access-entries-no-nodes = The access entry of { $principal } does not let the console list nodes.
probe-pass-role-missing = The role { $arn } does not exist.
probe-pass-role-ok = { $arn } may be passed to { $service }.
probe-pass-role-untrusted = { $arn } does not trust any EKS-related service.
probe-pass-role-denied = { $principal } may not pass { $arn }.
probe-cross-account-ok = The trust of { $arn } allows what was asked.
probe-cross-account-untrusted = { $arn } does not trust account { $account }.
probe-cross-account-missing = The role { $arn } does not exist.
probe-cross-account-denied = AssumeRole into { $arn } was denied.
probe-sts-endpoints-ok = STS answers for { $region }.
probe-sts-endpoints-global = The STS endpoint in use is the global one, which accepts only signatures for us-east-1, not { $region }.

## Why a probe could not check, and what to do
aws-error-no-region = No AWS Region is configured.
aws-advice-no-region = Pass --region, or set AWS_REGION, or set region in the profile.
aws-error-no-credentials = No AWS credentials were found.
aws-advice-no-credentials = Sign in (aws sso login, aws configure) or pick a profile with --profile.
aws-error-profile-not-found = The profile { $profile } is not defined in the AWS config files.
aws-advice-profile-not-found = Check its name (aws configure list-profiles lists them), or name another with --profile.
aws-error-expired-token = The credentials have expired ({ $code }).
aws-advice-expired-token = Sign in again or refresh the session, then re-run.
aws-error-invalid-credentials = AWS does not accept these credentials ({ $code }).
aws-advice-invalid-credentials = Check the access key and the profile in use.
aws-error-access-denied = { $principal } may not call { $action } on { $resource }. { $has_reason ->
    [yes] { $reason }
   *[no] {""}
}
aws-advice-access-denied = This check needs that permission; ask an administrator or run it with another role.
aws-error-cluster-not-found = There is no cluster { $name } in this Region.
aws-advice-cluster-not-found = Check the name and the Region.
aws-error-not-found = Not found ({ $code }): { $message }
aws-advice-not-found = Check the name and the account.
aws-error-throttled = AWS throttled the request ({ $code }).
aws-advice-throttled = Wait a moment and re-run.
aws-error-server-error = AWS answered with a server error (HTTP { $status }).
aws-advice-server-error = This is on the AWS side; re-run in a moment.
aws-error-signature-mismatch = The signature was rejected: { $message }
aws-advice-signature-mismatch = Check the endpoint and the Region the request is signed for.
aws-error-timeout = The endpoint did not answer in time.
aws-advice-timeout = Check the network, proxy and VPC endpoints; longer limits: --connect-timeout-ms, --call-timeout-ms.
aws-error-connection-refused = The endpoint refused the connection.
aws-advice-connection-refused = Check AWS_ENDPOINT_URL and any proxy settings.
aws-error-dns = The endpoint's name could not be resolved.
aws-advice-dns = Check DNS, the Region name and AWS_ENDPOINT_URL.
aws-error-network = A network error occurred: { $detail }
aws-advice-network = Check the network and proxy settings.
aws-error-unparseable = The answer could not be read (HTTP { $status }).
aws-advice-unparseable = Something between you and AWS (a proxy, a wrong endpoint) may be answering instead.
aws-error-response-too-large = The answer was larger than { $limit } MiB, far more than any answer this check needs, so it was not read further.
aws-advice-response-too-large = Something other than AWS or the API server (a proxy, a wrong endpoint) may be answering; check AWS_ENDPOINT_URL, proxy settings and the cluster endpoint.
aws-error-refused = { $operation } was refused: this tool only reads.
aws-advice-refused = Run the printed command yourself if you want the change.
aws-error-unexpected = AWS answered { $code }: { $message }
aws-advice-unexpected = Re-run; if it stays, include this message in the ticket.

## Findings: title, detail, fix
finding-region-missing-title = No AWS Region is configured
finding-region-missing-detail = Nothing names a Region (no --region, AWS_REGION, AWS_DEFAULT_REGION or profile region), so nothing regional can be checked.
finding-region-missing-fix = Pass --region with the cluster's Region, or set AWS_REGION.
finding-credentials-missing-title = No AWS credentials
finding-credentials-missing-detail = The standard chain (environment, profile, SSO, web identity, container, instance metadata) found no credentials.
finding-credentials-missing-fix = Sign in with aws sso login or aws configure, or choose a profile with --profile.
finding-credentials-expired-title = The credentials have expired
finding-credentials-expired-detail = AWS rejects the session token as expired.
finding-credentials-expired-fix = Sign in again (for SSO: aws sso login) and re-run.
finding-credentials-invalid-title = The credentials are not valid
finding-credentials-invalid-detail = AWS does not recognise the access key or token.
finding-credentials-invalid-fix = Check which profile and keys are in use (aws configure list).
finding-endpoint-unreachable-title = AWS could not be reached
finding-endpoint-unreachable-detail = The endpoint timed out, refused the connection or could not be resolved.
finding-endpoint-unreachable-fix = Check network access, proxy settings, VPC endpoints and AWS_ENDPOINT_URL.
finding-aws-auth-role-path-title = The role ARN has a path that aws-auth cannot match
finding-aws-auth-role-path-detail = The role is { $role_arn }. aws-auth compares the session's role without a path, so an entry with the path never matches.
finding-aws-auth-role-path-fix = Write the role in mapRoles as { $aws_auth_arn } (path removed), or give the full ARN an access entry instead.
finding-aws-auth-sso-role-title = IAM Identity Center role written with its path
finding-aws-auth-sso-role-detail = The role is { $role_arn }; aws-auth needs the IAM Identity Center role without its aws-reserved path.
finding-aws-auth-sso-role-fix = Write it in mapRoles as { $aws_auth_arn }.
finding-role-not-found-title = The role does not exist
finding-role-not-found-detail = There is no role { $name } in account { $account }.
finding-role-not-found-fix = Check the role name and the account the credentials belong to.
finding-cluster-not-found-title = The cluster was not found
finding-cluster-not-found-detail = There is no cluster { $name } in { $region }. { $suggestion_count ->
    [0] No cluster there has a similar name.
   *[other] Similar names: { $suggestions }.
}
finding-cluster-not-found-fix = Check the cluster name and the Region.
finding-cluster-access-denied-title = Calling EKS is denied
finding-cluster-access-denied-detail = { $principal } may not call { $action } on { $resource }. { $has_reason ->
    [yes] { $reason }
   *[no] {""}
}
finding-cluster-access-denied-fix = Allow the action on the cluster in an identity-based policy; if the reason names an explicit deny (SCP, permissions boundary, session policy), that deny must change first.
finding-cluster-not-active-title = The cluster is not active
finding-cluster-not-active-detail = Cluster { $name } is { $status }.
finding-cluster-not-active-fix = Wait until it is ACTIVE, or look at its health issues.
finding-cluster-config-map-only-title = The cluster uses aws-auth only
finding-cluster-config-map-only-detail = Cluster { $name } has authentication mode CONFIG_MAP: access entries are not used.
finding-cluster-config-map-only-fix = Either map the principal in aws-auth, or switch the mode to API_AND_CONFIG_MAP (one way only) and use access entries.
finding-sts-regional-endpoint-disabled-title = The regional STS endpoint is disabled
finding-sts-regional-endpoint-disabled-detail = The cluster reports StsRegionalEndpointDisabled for { $region }.
finding-sts-regional-endpoint-disabled-fix = Activate STS in { $region } in the IAM console (Account settings).
finding-console-permissions-missing-title = The console lacks IAM permissions
finding-console-permissions-missing-detail = { $principal } is not allowed: { $actions }.
finding-console-permissions-missing-fix = Add a policy that allows these actions (command below).
finding-console-permissions-explicit-deny-title = An explicit deny blocks the console
finding-console-permissions-explicit-deny-detail = { $principal } is explicitly denied: { $actions }.
finding-console-permissions-explicit-deny-fix = Find the deny (identity policy, permissions boundary or SCP) and narrow it; an allow cannot override it.
finding-simulation-denied-title = Permissions could not be simulated
finding-simulation-denied-detail = The caller may not call iam:SimulatePrincipalPolicy for { $principal }.
finding-simulation-denied-fix = Run with a role that may simulate, or use the IAM policy simulator in the console.
finding-access-entry-missing-title = No access entry
finding-access-entry-missing-detail = { $principal } has no access entry on cluster { $cluster }.
finding-access-entry-missing-fix = Create an access entry and associate an access policy (commands below), or map the principal in aws-auth.
finding-access-entry-no-node-access-title = The access policies do not include nodes
finding-access-entry-no-node-access-detail = { $principal } has: { $policies }. None of them lets the console list nodes.
finding-access-entry-no-node-access-fix = Associate AmazonEKSAdminViewPolicy (or ClusterAdmin) with cluster scope, or grant node access through RBAC groups.
finding-access-entry-rbac-groups-title = Access comes from Kubernetes groups
finding-access-entry-rbac-groups-detail = The access entry names groups ({ $groups }); what they may do is decided by RBAC inside the cluster.
finding-access-entry-rbac-groups-fix = Check the groups' RoleBindings and ClusterRoleBindings with kubectl.
finding-pass-role-target-missing-title = The role to pass does not exist
finding-pass-role-target-missing-detail = { $arn } was not found.
finding-pass-role-target-missing-fix = Check the role ARN, or create the role first.
finding-pass-role-trust-missing-title = The role does not trust the service
finding-pass-role-trust-missing-detail = { $arn } trusts no EKS-related service principal (expected for example { $service }).
finding-pass-role-trust-missing-fix = Add the service principal to the role's trust policy.
finding-pass-role-not-allowed-title = iam:PassRole is not allowed
finding-pass-role-not-allowed-detail = { $principal } may not pass { $arn } to { $service } (simulation: { $decision }).
finding-pass-role-not-allowed-fix = Allow iam:PassRole on that role, with the iam:PassedToService condition (command below).
finding-cross-account-role-missing-title = The target role does not exist
finding-cross-account-role-missing-detail = { $arn } was not found.
finding-cross-account-role-missing-fix = Check the role ARN and the account.
finding-cross-account-not-trusted-title = The role does not trust the other account
finding-cross-account-not-trusted-detail = The trust policy of { $arn } does not let account { $account } assume it.
finding-cross-account-not-trusted-fix = Add the account (or a role in it) to the trust policy; the other side also needs sts:AssumeRole on the role.
finding-cross-account-external-id-title = An ExternalId is required
finding-cross-account-external-id-detail = The trust policy of { $arn } requires sts:ExternalId.
finding-cross-account-external-id-fix = The third party must pass the agreed ExternalId when it assumes the role.
finding-cross-account-assume-denied-title = AssumeRole was denied
finding-cross-account-assume-denied-detail = { $principal } could not assume { $arn }. { $has_reason ->
    [yes] { $reason }
   *[no] {""}
}
finding-cross-account-assume-denied-fix = The role must trust the caller, and the caller needs sts:AssumeRole on the role.
finding-sts-global-endpoint-region-title = The global STS endpoint is used with a regional signature
finding-sts-global-endpoint-region-detail = Requests signed for { $region } go to the global endpoint, which only accepts us-east-1: “Credential should be scoped to a valid region”.
finding-sts-global-endpoint-region-fix = Use the regional endpoint (https://sts.{ $region }.amazonaws.com) and remove the explicit global endpoint; for IRSA, check the service account's sts-regional-endpoints annotation.
diagnose-none-answered = No check could get an answer, so nothing was checked: each check below says why. This is not a clean bill of health.

# The same advice and fixes as the wizard says them: it has pickers and fields, not flags.
aws-advice-no-region-wizard = Type the cluster's Region in the Region field or pick one with F7, or set region in the profile.
aws-advice-no-credentials-wizard = Sign in (aws sso login, aws configure) or pick a profile with F6.
aws-advice-profile-not-found-wizard = Check its name, or pick another with F6.
finding-region-missing-detail-wizard = Nothing names a Region (the Region field is empty, and no AWS_REGION, AWS_DEFAULT_REGION or profile region), so nothing regional can be checked.
finding-region-missing-fix-wizard = Type the cluster's Region in the Region field or pick it with F7, then run the checks again.
finding-credentials-missing-fix-wizard = Sign in with aws sso login or aws configure, or pick a profile with F6, then run the checks again.
probe-skip-cross-account-confirm-wizard = Skipped: the role's trust policy is in the other account; allow AssumeRole (press a, then y) to test it.
