# Reading the kubeconfig that kubectl uses.
kubeconfig-error-read = Could not read the kubeconfig { $path }: { $reason }
kubeconfig-error-parse = { $path } is not a kubeconfig that kubectl could read: { $reason }
kubeconfig-error-merge = The kubeconfig files cannot be merged as kubectl merges them: { $reason }
kubeconfig-error-no-such-context = The kubeconfig has no context named “{ $context }”.
kubeconfig-error-no-context = The kubeconfig sets no current context; choose one with --context.

## The kubeconfig check
probe-kubeconfig-title = kubectl's kubeconfig
probe-kubeconfig-ok = kubectl's context { $context } targets { $cluster } in { $region } and signs as the checks do.
probe-kubeconfig-differs = { $count ->
    [one] kubectl's context { $context } differs from the checks in one way.
   *[other] kubectl's context { $context } differs from the checks in { $count } ways.
}
probe-kubeconfig-none = No kubeconfig was found ({ $path }); kubectl has nothing to use yet.
probe-kubeconfig-not-eks = kubectl's context { $context } does not look like an EKS cluster; nothing to compare.
probe-skip-no-kubeconfig = Skipped: no kubectl context for an EKS cluster was found.
probe-skip-kubeconfig-other-cluster = Skipped: kubectl's context { $context } is for the cluster { $other }, not { $cluster }.
probe-kubeconfig-unreadable = The kubeconfig could not be read: { $reason }
finding-kubeconfig-identity-differs-title = kubectl signs as someone else
finding-kubeconfig-identity-differs-detail = kubectl's exec plugin signs as { $kubectl }, while the checks run as { $checks }. What the cluster allows kubectl depends on the first.
finding-kubeconfig-identity-differs-fix = Check the principal kubectl presents (its role or profile), or write the context again for the identity you mean (command below).
finding-kubeconfig-exec-api-version-title = Exec plugin asks for a removed API version
finding-kubeconfig-exec-api-version-detail = The context's exec plugin asks for { $version }, which kubectl 1.24 and later no longer accept.
finding-kubeconfig-exec-api-version-fix = Write the context again with a current AWS CLI (command below), which asks for client.authentication.k8s.io/v1beta1.
finding-kubeconfig-exec-not-found-title = Exec plugin not found
finding-kubeconfig-exec-not-found-detail = kubectl runs { $command } to get a token, and it is not on PATH here.
finding-kubeconfig-exec-not-found-fix = Install it (for the AWS CLI: https://docs.aws.amazon.com/cli/latest/userguide/getting-started-install.html) or write the context again for a tool that is installed.
finding-kubeconfig-cluster-mismatch-title = The context points at another cluster
finding-kubeconfig-cluster-mismatch-detail = The context's server or certificate is not the one the cluster { $cluster } has now ({ $endpoint }): the cluster was probably recreated.
finding-kubeconfig-cluster-mismatch-fix = Write the context again from the cluster as it is now (command below).
finding-kubeconfig-region-differs-title = kubectl targets another Region
finding-kubeconfig-region-differs-detail = The context's cluster is in { $kubeconfig_region }, while the checks look in { $checks_region }.
finding-kubeconfig-region-differs-fix = Run the checks in { $kubeconfig_region }, or write the context for the cluster you mean (command below).

## Values taken from kubectl's context
kubeconfig-filled = From kubectl's context { $context }: { $what ->
    [cluster] the cluster name
    [region] the Region
   *[both] the cluster name and the Region
} (give them on the command line to check another cluster).
cli-arg-kubeconfig = The kubeconfig kubectl reads (else KUBECONFIG, else ~/.kube/config): the cluster and Region of its context fill what is not given
cli-arg-kube-context = The kubeconfig context to read (else its current-context)
status-line-kubectl = { $status } · kubectl: { $context }
