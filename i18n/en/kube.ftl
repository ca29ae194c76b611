# The Kubernetes side: the EKS bearer token and the probes that ask the cluster itself.

cli-token-about = Print an ExecCredential holding the EKS bearer token for --cluster, as `aws eks get-token` does, so the tool can serve as a kubeconfig exec plugin. Uses the same AWS credentials as the probes; prints no other secret.
token-error-no-cluster = Name the cluster the token is for with --cluster.
token-error-aws = No token was made: { $details }
token-error-signing = The token could not be signed: { $details }
token-warning-exec-info-malformed = KUBERNETES_EXEC_INFO could not be read, so the answer uses { $version }. Your Kubernetes client likely has a bug: update it.
token-warning-exec-info-unrecognized = KUBERNETES_EXEC_INFO asks for an API version this tool does not know, so the answer uses { $version }. Update eks-iam-tui.
token-warning-exec-info-deprecated = The kubeconfig user entry uses the deprecated API version { $version }. Run aws eks update-kubeconfig to update it.

## The Kubernetes probes
probe-k8s-identity-title = Who Kubernetes sees
probe-k8s-permissions-title = What Kubernetes allows
probe-aws-auth-live-title = aws-auth in the cluster
probe-sts-region-pod-title = Service account's STS setting
probe-skip-no-endpoint = Skipped: { $cluster } names no API endpoint and CA yet (is it still being created?).
probe-skip-no-kubernetes = Skipped: the cluster did not accept the caller, so it cannot be asked more.
probe-skip-no-service-account = Skipped: no service account was given (--service-account namespace/name).
probe-k8s-identity-ok = Kubernetes sees you as { $username } in the groups { $groups }.
probe-k8s-identity-unauthorized = The cluster { $cluster } answered 401: { $principal } is not mapped to any Kubernetes user.
probe-k8s-permissions-ok = { $count ->
    [one] The one thing asked is allowed.
   *[other] All { $count } things asked are allowed.
}
probe-k8s-permissions-denied = { $count ->
    [one] 1 of { $total } things asked is not allowed.
   *[other] { $count } of { $total } things asked are not allowed.
}
probe-aws-auth-live-absent = { $cluster } has no aws-auth ConfigMap.
probe-aws-auth-live-read = { $entries ->
    [one] Read aws-auth (1 entry)
   *[other] Read aws-auth ({ $entries } entries)
}: { $count ->
    [0] nothing to correct.
    [one] 1 remark.
   *[other] { $count } remarks.
}
probe-sts-region-pod-missing = There is no service account { $account }.
probe-sts-region-pod-no-irsa = { $account } has no IAM role annotation: its pods get no IRSA credentials from it.
probe-sts-region-pod-regional = Pods of { $account } assume { $role } and are told to use the Regional STS endpoint.
probe-sts-region-pod-legacy = Pods of { $account } assume { $role } and keep their SDK's own STS endpoint default.

cluster-error-kubernetes-no-endpoint = DescribeCluster names no API endpoint or CA for { $cluster }.
cluster-advice-kubernetes-no-endpoint = Wait until the cluster is ACTIVE, then check again.
cluster-error-kubernetes-private-endpoint = The API endpoint of { $cluster } is private only, and it did not answer from here.
cluster-advice-kubernetes-private-endpoint = Run the tool from inside the cluster's VPC (a bastion, or over VPN or Direct Connect), or turn on public endpoint access.
cluster-error-kubernetes-untrusted = The API server's certificate does not match the cluster CA that DescribeCluster gave ({ $detail }).
cluster-advice-kubernetes-untrusted = A proxy that inspects TLS may be in between; connect without it, or compare the endpoint with the console's.
cluster-error-kubernetes-forbidden = Kubernetes does not let you read this: { $message }
cluster-advice-kubernetes-forbidden = Someone who may read the object can save it with kubectl and share it; an aws-auth copy opens on the aws-auth screen (a) or with eks-iam-tui lint-aws-auth.
cluster-error-kubernetes-status = Kubernetes answered { $code } { $reason }: { $message }
cluster-advice-kubernetes-status = Check the cluster's health in the console, then check again.
aws-error-clock-skew = This computer's clock is { $minutes } minutes { $direction ->
    [ahead] ahead of
   *[behind] behind
} AWS's, so the cluster refuses its tokens.
aws-advice-clock-skew = Correct the clock (turn on NTP or timedatectl set-ntp true), then check again.

finding-clock-skew-title = The local clock is too far off
finding-clock-skew-detail = The clock here is { $minutes } minutes { $direction ->
    [ahead] ahead of
   *[behind] behind
} AWS's. A token is only accepted within 15 minutes of its signing time, so Kubernetes answers 401 even for a mapped principal.
finding-clock-skew-fix = Synchronise the clock (NTP), then check again.
finding-kubernetes-private-endpoint-title = The API endpoint is private
finding-kubernetes-private-endpoint-detail = { $cluster } accepts Kubernetes calls only from inside its VPC, so the Kubernetes checks could not run from here.
finding-kubernetes-private-endpoint-fix = Run the tool from a host in the VPC, or allow public access for your address range.
finding-kubernetes-untrusted-title = The API server was not trusted
finding-kubernetes-untrusted-detail = The certificate the endpoint showed was not issued by the cluster's CA.
finding-kubernetes-untrusted-fix = Connect without a TLS-inspecting proxy and check again.
finding-kubernetes-forbidden-title = Kubernetes would not let a check read what it needs
finding-kubernetes-forbidden-detail = The “{ $probe ->
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
    }” check was refused by RBAC: you are mapped, but may not read { $probe ->
    [aws-auth-live] kube-system/aws-auth.
    [sts-region-pod] that service account.
   *[other] that object.
}
finding-kubernetes-forbidden-fix = { $probe ->
    [aws-auth-live] Have someone with access run kubectl get configmap aws-auth -n kube-system -o yaml, then give the file to the aws-auth screen (a) or eks-iam-tui lint-aws-auth.
    [sts-region-pod] Have someone with access run kubectl get serviceaccount -n NAMESPACE NAME -o yaml and read its eks.amazonaws.com annotations.
   *[other] Have someone with access read it with kubectl.
}
finding-k8s-not-mapped-title = Kubernetes does not know this principal
finding-k8s-not-mapped-detail = The cluster { $cluster } (authentication mode { $mode }) answered 401 to { $principal }. { $mode ->
    [CONFIG_MAP] Only aws-auth can map it, and no entry there matches { $aws_auth_arn }.
    [API] Only access entries count here, and none names it.
   *[other] Neither an access entry nor an aws-auth entry for { $aws_auth_arn } matches it.
} { $path ->
    [some] The role has a path: aws-auth must name it without the path, an access entry with it.
    [unknown] The role's path could not be read (iam:GetRole): an access entry needs the ARN exactly as IAM shows it, path included.
   *[none] {""}
}
finding-k8s-not-mapped-fix = { $mode ->
    [CONFIG_MAP] Add an aws-auth entry for { $aws_auth_arn } (command below), or move the cluster to API_AND_CONFIG_MAP and give the principal an access entry.
    [API] Give the principal an access entry with an access policy (commands below); aws-auth is not read in this mode.
   *[other] Give the principal an access entry with an access policy (commands below), or an aws-auth entry for { $aws_auth_arn }.
}
finding-k8s-system-masters-title = The caller is in system:masters
finding-k8s-system-masters-detail = { $username } is in system:masters, which bypasses RBAC entirely and cannot be limited.
finding-k8s-system-masters-fix = Prefer an access entry with AmazonEKSClusterAdminPolicy, which can be audited and removed.
finding-k8s-view-policy-no-nodes-title = AmazonEKSViewPolicy leaves out nodes
finding-k8s-view-policy-no-nodes-detail = Kubernetes refused to list nodes for { $username }. The access policies of { $principal } include AmazonEKSViewPolicy and none that covers nodes (AmazonEKSViewPolicy leaves them out), so the console's Compute tab stays empty.
finding-k8s-view-policy-no-nodes-fix = Associate AmazonEKSAdminViewPolicy with cluster scope (command below).
finding-k8s-nodes-denied-title = Kubernetes does not let you list nodes
finding-k8s-nodes-denied-detail = { $username } (groups: { $groups }) may not list nodes; no access policy or RBAC binding allows it. { $entry ->
    [missing] It has no access entry (aws-auth maps it): a new entry wins over aws-auth, so it must carry the Kubernetes groups RBAC binds.
    [not-read] The cluster reads only aws-auth (CONFIG_MAP), so the grant has to come from RBAC.
   *[other] {""}
}
finding-k8s-nodes-denied-fix = Associate AmazonEKSAdminViewPolicy, or apply AWS's console RBAC and map the principal to its group eks-console-dashboard-full-access-group.
finding-k8s-access-denied-title = Some checks were not allowed
finding-k8s-access-denied-detail = { $count ->
    [one] { $username } may not: { $checks }.
   *[other] { $username } may not: { $checks } ({ $count } in all).
}
finding-k8s-access-denied-fix = Grant them with an access policy or an RBAC (Cluster)RoleBinding; list what you may do with the command below.
finding-aws-auth-live-missing-title = The cluster has no aws-auth ConfigMap
finding-aws-auth-live-missing-detail = { $cluster } authenticates with CONFIG_MAP only, yet kube-system/aws-auth does not exist: nodes cannot join and nobody but the creator is mapped.
finding-aws-auth-live-missing-fix = Create aws-auth with the node role, or switch the cluster to API_AND_CONFIG_MAP and use access entries.
finding-aws-auth-live-problems-title = The cluster's aws-auth has mistakes
finding-aws-auth-live-problems-detail = { $count ->
    [one] One entry is read differently than meant: { $items }.
   *[other] { $count } entries are read differently than meant: { $items }.
}
finding-aws-auth-live-problems-fix = Save the map and lint it for the corrected entries (commands below), or open it on the aws-auth screen (a).
finding-service-account-not-found-title = The service account does not exist
finding-service-account-not-found-detail = There is no service account { $account }; pods naming it are not created.
finding-service-account-not-found-fix = Check the namespace and name the pod spec uses.
finding-service-account-no-irsa-title = The service account has no IAM role
finding-service-account-no-irsa-detail = { $account } has no eks.amazonaws.com/role-arn annotation, so its pods get no web identity credentials from it (EKS Pod Identity or the node role may apply).
finding-service-account-no-irsa-fix = Annotate it with the role to assume, or check its EKS Pod Identity association.
finding-pod-sts-regional-injected-title = Pods are told to use the Regional STS endpoint
finding-pod-sts-regional-injected-detail = Pods of { $account } assume { $role } with AWS_STS_REGIONAL_ENDPOINTS=regional injected. { $region ->
    [us-east-1] In us-east-1 the global endpoint accepts the same signature, so this setting alone does not cause SignatureDoesNotMatch here.
   *[other] Code that still calls https://sts.amazonaws.com while signing for { $region } gets SignatureDoesNotMatch.
}
finding-pod-sts-regional-injected-fix = Best: call the Regional endpoint of { $region }. Stopgap: set the annotation to "false" and recreate the pods (commands below).
cli-arg-diagnose-aws-auth = An aws-auth ConfigMap (file, or - for standard input) that explains a Kubernetes 401: which entry was meant for the caller and why it does not match
finding-k8s-aws-auth-near-miss-title = The aws-auth entry meant for it does not match
finding-k8s-aws-auth-near-miss-detail = In the aws-auth you gave, { $key } entry { $index } ({ $entry_arn }) was meant for this principal, but { $reason ->
    [path] it keeps the role's path, which the authenticator never compares.
    [assumed-role] it names a session (assumed-role) ARN instead of the role.
    [other-path] the user has another path there (user ARNs keep their path).
    [other-account] it is in another account.
    [other-partition] it is in another partition.
    [section-ignored] its section is never read.
    [entry-dropped] the authenticator drops the entry as malformed.
    [shadowed] a later duplicate wins over it.
    [wildcard] it is a pattern (* or ?), and the authenticator compares ARNs as plain text.
   *[arn-text] it is not written the way the authenticator compares ARNs.
}
finding-k8s-aws-auth-near-miss-fix = Write the entry's ARN as { $suggestion } (the aws-auth screen, a, shows the whole corrected entry).
finding-k8s-aws-auth-not-used-title = The aws-auth you gave maps it, but the cluster did not
finding-k8s-aws-auth-not-used-detail = { $key } entry { $index } of the given aws-auth matches this principal, yet the cluster answered 401. { $mode ->
    [API] In authentication mode API the cluster does not read aws-auth at all.
   *[other] The cluster's own kube-system/aws-auth is not the same as this copy.
}
finding-k8s-aws-auth-not-used-fix = { $mode ->
    [API] Give the principal an access entry instead.
   *[other] Compare with kubectl get configmap aws-auth -n kube-system -o yaml, and apply the entry there.
}
finding-k8s-asked-as-caller-title = The cluster was asked as you, not as the principal of the case
finding-k8s-asked-as-caller-detail = The Kubernetes checks use the credentials this tool runs with, so they show what the cluster thinks of { $caller }. The case is about { $subject }, whose own answer may differ.
finding-k8s-asked-as-caller-fix = To see the cluster's answer for { $subject }, run the checks with its credentials (--profile), or compare its access entry and aws-auth entry with yours.
finding-k8s-asked-as-kubectl-title = The cluster was asked as kubectl's identity
finding-k8s-asked-as-kubectl-detail = kubectl's context { $context } signs as { $kubectl }, not as { $checks } like the AWS checks, so the Kubernetes checks asked the cluster as { $kubectl }: their answers are the ones kubectl gets.
finding-k8s-asked-as-kubectl-fix = If kubectl should act as { $checks }, write the context again for that identity (the kubeconfig check shows the command); otherwise give { $kubectl } access to the cluster.
finding-k8s-kubectl-role-not-assumed-title = The cluster was asked as you, not as kubectl's role
finding-k8s-kubectl-role-not-assumed-detail = kubectl's context { $context } assumes { $role } before it signs. The checks do not assume a role without your yes, so the Kubernetes checks show what the cluster thinks of { $caller }, which may not be what kubectl gets.
finding-k8s-kubectl-role-not-assumed-fix = Run the checks again allowing AssumeRole (--assume) to ask the cluster as { $role }.
finding-k8s-kubectl-role-not-assumed-fix-wizard = Press a on the check screen and answer y to ask the cluster as { $role }.
finding-k8s-kubectl-cannot-sign-title = The checks could not sign as kubectl does
finding-k8s-kubectl-cannot-sign-detail = kubectl's context { $context } signs as { $kubectl }, but those credentials could not be used from here (the reason is above). kubectl itself is likely to fail the same way before it reaches the cluster.
finding-k8s-kubectl-cannot-sign-fix = Check that { $kubectl } works on its own: the profile exists and has credentials, and a role's trust policy lets the profile assume it.
cluster-error-kubernetes-unreachable = The API endpoint of { $cluster } did not answer from here.
cluster-advice-kubernetes-unreachable = Check the cluster's public access CIDRs (publicAccessCidrs), firewalls and proxies between you and the endpoint.
finding-kubernetes-unreachable-title = The API endpoint did not answer
finding-kubernetes-unreachable-detail = { $cluster } has public endpoint access, yet its Kubernetes API did not answer from here, so the Kubernetes checks could not run.
finding-kubernetes-unreachable-fix = Check whether publicAccessCidrs includes your address, and any firewall or proxy on the way (aws eks describe-cluster shows the CIDRs).
cluster-error-unparseable = The API server's answer could not be read (HTTP { $status }).
cluster-advice-unparseable = Something other than the cluster's API server (a proxy, a load balancer, a wrong endpoint) may be answering; check the proxy settings and the endpoint DescribeCluster names.
cluster-error-response-too-large = The API server's answer was larger than { $limit } MiB, far more than any answer this check needs, so it was not read further.
cluster-advice-response-too-large = Something other than the cluster's API server (a proxy, a wrong endpoint) may be answering; check the proxy settings and the endpoint DescribeCluster names.

finding-k8s-asked-as-caller-fix-wizard = To see the cluster's answer for { $subject }, pick its profile with F6 and run the checks again, or compare its access entry and aws-auth entry with yours.
