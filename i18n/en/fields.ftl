# The context screen's fields: a label, an example hint, and what is wrong with a bad value.

field-cluster-label = Cluster name
field-cluster-hint = e.g. my-cluster (aws eks list-clusters shows them)
field-region-label = Region
field-region-hint = e.g. ap-northeast-1: the Region the cluster runs in
field-principal-arn-label = IAM principal ARN (user or role)
field-principal-arn-hint = From the error, or from aws sts get-caller-identity
field-action-label = Denied action
field-action-hint = e.g. eks:DescribeCluster, as written in the error
field-target-role-arn-label = Role ARN (passed or assumed)
field-target-role-arn-hint = e.g. arn:aws:iam::111122223333:role/eks-cluster-role
field-other-account-id-label = Other AWS account id
field-other-account-id-hint = The 12-digit account whose people need access
field-service-account-label = Service account (namespace/name)
field-service-account-hint = e.g. default/my-app: the pod's Kubernetes service account
field-can-i-label = One more Kubernetes check (optional)
field-can-i-hint = As for kubectl auth can-i, e.g. create deployments.apps -n web
field-empty = (not given)
field-invalid-cluster = A cluster name has only letters, digits, hyphens and underscores.
field-invalid-region = This does not look like a Region code such as us-west-2.
field-invalid-principal-arn = Not an IAM user, role, assumed-role, federated-user or root ARN.
field-invalid-role-arn = Not an IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME).
field-invalid-action = An action is written service:Action, such as eks:DescribeCluster.
field-invalid-account-id = An account id is exactly 12 digits.
field-invalid-service-account = Write it as namespace/name, such as default/my-app.
field-invalid-can-i = Write a verb and a resource, and a namespace if it has one: get secrets -n web.
