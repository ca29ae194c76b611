# Reading the kubeconfig that kubectl uses.
kubeconfig-error-read = Could not read the kubeconfig { $path }: { $reason }
kubeconfig-error-parse = { $path } is not a kubeconfig that kubectl could read: { $reason }
kubeconfig-error-merge = The kubeconfig files cannot be merged as kubectl merges them: { $reason }
kubeconfig-error-no-such-context = The kubeconfig has no context named “{ $context }”.
kubeconfig-error-no-context = The kubeconfig sets no current context; choose one with --context.
