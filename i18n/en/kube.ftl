# The Kubernetes side: the EKS bearer token and the probes that ask the cluster itself.

cli-token-about = Print an ExecCredential holding the EKS bearer token for --cluster, as `aws eks get-token` does, so the tool can serve as a kubeconfig exec plugin. Uses the same AWS credentials as the probes; prints no other secret.
token-error-no-cluster = Name the cluster the token is for with --cluster.
token-error-aws = No token was made: { $details }
token-error-signing = The token could not be signed: { $details }
