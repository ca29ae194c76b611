# Troubleshooting guide: the six symptoms of the Amazon EKS User Guide page
# "Troubleshooting IAM", their steps, captions and link labels.
# Every id here is named by assets/guide/*.toml or is a symptom title/summary.
# The Japanese file i18n/ja/guide.ftl has exactly the same ids and variables.

## Symptoms

symptom-access-denied-title = AccessDeniedException from an EKS API
symptom-access-denied-summary = An EKS call fails: "is not authorized to perform: eks:…"

symptom-console-nodes-title = Console shows no nodes or resources
symptom-console-nodes-summary = EKS console: no Nodes, "no access to Kubernetes objects" banner

symptom-aws-auth-path-title = aws-auth role with a path does not match
symptom-aws-auth-path-summary = kubectl says Unauthorized though the role is in aws-auth

symptom-pass-role-title = Not authorized to perform iam:PassRole
symptom-pass-role-summary = Creating an EKS resource fails on iam:PassRole

symptom-cross-account-title = Access for people outside the account
symptom-cross-account-summary = Another account, a partner or federated users need the cluster

symptom-sts-region-title = STS: Credential should be scoped to a valid region
symptom-sts-region-summary = A pod gets SignatureDoesNotMatch from STS GetCallerIdentity

## access-denied

guide-access-denied-read-message-title = Read what the error says
guide-access-denied-read-message-text =
    The message names three things: the principal that made the call (after "User:"), the action it tried (after "perform:") and the resource it targeted (after "on resource:"). Here that should be { $principal_arn }, { $action } and the cluster { $cluster } in { $region }.

    Then read the end of the message. "because no identity-based policy allows" means nothing grants the action yet, and an Allow fixes it. "with an explicit deny in" followed by a policy type (service control policy, resource control policy, permissions boundary, session policy or identity-based policy) means something forbids it, and no Allow can fix that. When no reason is given, start by treating it as a missing Allow.

guide-access-denied-confirm-identity-title = Confirm which identity is calling
guide-access-denied-confirm-identity-text =
    Run the command below on the same machine, with the same profile and environment, that produced the error. The Arn it prints is the principal AWS evaluates, and it should match { $principal_arn }. If it shows another user or role, either fix that identity or switch to the intended profile (look at AWS_PROFILE and at any access keys set in the environment). This call needs no permission and can never be denied, so it is always a safe first check.
guide-access-denied-confirm-identity-caption = Shows the account and the user or role behind the current credentials

guide-access-denied-grant-action-title = Allow the action on this cluster
guide-access-denied-grant-action-text =
    When the reason is a missing Allow, attach a narrow identity-based policy to the caller. The policy below allows only { $action } on the cluster { $cluster }; save it as eks-{ $cluster }-access.json and attach it with the second command. A few actions, such as eks:ListClusters and eks:CreateCluster, do not act on an existing cluster and need "Resource": "*" instead, while actions on node groups, add-ons or Fargate profiles take those resources' ARNs. The Service Authorization Reference gives the resource type of every action.

    If the caller is a role created by IAM Identity Center (its name starts with AWSReservedSSO_), leave the role alone and change its permission set in IAM Identity Center.
guide-access-denied-grant-action-caption-policy = Least-privilege policy for the action named in the error
guide-access-denied-grant-action-caption-apply = Attach it to the calling user or role as an inline policy

guide-access-denied-explicit-deny-title = If the message reports an explicit deny
guide-access-denied-explicit-deny-text =
    An explicit Deny always wins: no Allow statement, wherever you add it, can override it. The message tells you where the Deny is, and that tells you who has to change it. Service control policies and resource control policies belong to AWS Organizations; only an administrator of the organization's management account, or a delegated administrator, can change them. A permissions boundary or an identity-based policy is in the hands of an IAM administrator of account { $account_id }. A session policy is supplied by whoever started the session (the tool or identity provider that called AssumeRole), so the session has to be started again without it.

    The commands below show the caller's permissions boundary and its attached and inline policies, so you can look for a Deny that covers { $action }.
guide-access-denied-explicit-deny-caption = The caller's permissions boundary, attached policies and inline policies

guide-access-denied-verify-title = Try the call again
guide-access-denied-verify-text =
    Repeat the command that failed. IAM is eventually consistent, so a change usually applies within seconds but can take a little longer. When the failing action was eks:DescribeCluster, the command below tests it directly and prints the cluster status, such as ACTIVE. If AccessDeniedException comes back, compare the new message with the first one: a different action or reason points to the next policy to look at.
guide-access-denied-verify-caption = Prints the cluster status; needs eks:DescribeCluster

## console-nodes

guide-console-nodes-console-principal-title = Find the principal the console uses
guide-console-nodes-console-principal-text =
    The console acts as the IAM principal you signed in with; your kubectl credentials play no part in it. The account menu at the top right names it; for the exact ARN, open AWS CloudShell from the same console session and run the command below. An Arn that contains :assumed-role/ is a session of an IAM role: configure the role itself, not the session. This guide uses { $principal_arn }; for access entries give the role's full IAM ARN including any path, while aws-auth takes the same ARN without the path.
guide-console-nodes-console-principal-caption = Run in AWS CloudShell opened from the same console session

guide-console-nodes-iam-permissions-title = Give the console its IAM permissions
guide-console-nodes-iam-permissions-text =
    Before the console can show anything inside the cluster, the principal needs a set of read permissions on Amazon EKS plus iam:ListRoles and ssm:GetParameter. The key one is eks:AccessKubernetesApi, which lets the console call the Kubernetes API on your behalf. The policy below is the set that the EKS User Guide lists; save it as eks-console-read.json and attach it to the principal. These IAM permissions only open the door: Kubernetes must still authorize the principal, which the next steps take care of.
guide-console-nodes-iam-permissions-caption-policy = IAM policy for viewing Kubernetes resources in the console
guide-console-nodes-iam-permissions-caption-apply = Attach it to the principal as an inline policy

guide-console-nodes-auth-mode-title = Check how the cluster admits principals
guide-console-nodes-auth-mode-text =
    The authentication mode decides where access is granted. With CONFIG_MAP only the aws-auth ConfigMap counts; with API only EKS access entries count; with API_AND_CONFIG_MAP both count, and a principal found in both gets the access entry's permissions. Clusters created through the EKS API, the SDKs or CloudFormation start in CONFIG_MAP, while the console and eksctl choose API_AND_CONFIG_MAP. A cluster can move from CONFIG_MAP to API_AND_CONFIG_MAP and on to API, but never back, so think before running the second command.
guide-console-nodes-auth-mode-caption = Prints CONFIG_MAP, API_AND_CONFIG_MAP or API
guide-console-nodes-auth-mode-caption-switch = Turn on access entries (a one-way change)

guide-console-nodes-access-entry-title = Grant access with an access entry
guide-console-nodes-access-entry-text =
    In API or API_AND_CONFIG_MAP mode, give the principal an access entry and associate an access policy with it. AmazonEKSAdminViewPolicy can read everything in the cluster, nodes included, which is what the console needs; AmazonEKSClusterAdminPolicy grants full administrator access instead. AmazonEKSViewPolicy on its own is not enough: it leaves out nodes (and Secrets), so the Compute tab stays empty. Check first what is already associated; if the entry exists, create-access-entry fails with ResourceInUseException and only the associate command is needed.{ $principal_path ->
        [unknown] {" "}The commands use { $principal_iam_arn }, the role of the session { $principal_arn }, written without a path. A role can have a path that session ARNs never show: run aws iam get-role --role-name { $principal_name } --query Role.Arn --output text, and if the ARN it prints has a path, use that ARN instead.
        [sso] {" "}The commands use { $principal_iam_arn }: IAM Identity Center keeps its roles under the path aws-reserved/sso.amazonaws.com/, and a Region may follow it. Run aws iam get-role --role-name { $principal_name } --query Role.Arn --output text and use the ARN it prints.
        [federated] {" "}{ $principal_arn } is a federated user, which is no IAM principal of its own: use the ARN of the IAM user or role that called GetFederationToken.
       *[other] {""}
    }
guide-console-nodes-access-entry-caption-check = Access policies already associated with the principal
guide-console-nodes-access-entry-caption-create = Create the entry and associate a read-everything policy for the whole cluster

guide-console-nodes-aws-auth-rbac-title = Or grant access through aws-auth and RBAC
guide-console-nodes-aws-auth-rbac-text =
    In CONFIG_MAP mode, or if you prefer plain RBAC, apply the ClusterRole and ClusterRoleBinding that AWS publishes for the console, then map the principal to their group, eks-console-dashboard-full-access-group. The mapping must use { $aws_auth_arn }: aws-auth accepts role ARNs only without a path, and eksctl writes the ARN exactly as you give it. AWS also publishes a variant restricted to one namespace, described on the linked page. Run both commands as someone who already administers the cluster.
guide-console-nodes-aws-auth-rbac-caption-rbac = Create the read-only ClusterRole and its binding
guide-console-nodes-aws-auth-rbac-caption-map = Map the principal to the console group in aws-auth

guide-console-nodes-verify-title = Check the result
guide-console-nodes-verify-text =
    With the principal's own credentials, write a kubeconfig and ask Kubernetes what the principal may do. kubectl auth whoami (kubectl 1.28 or later) shows the user name and groups the cluster sees, and both can-i checks should answer yes. Then reload the cluster page in the console: the Compute tab lists the nodes and the Resources tab shows the workloads. Unauthorized from kubectl means the principal is not mapped at all; a plain no means it is mapped but lacks permissions.
guide-console-nodes-verify-caption = Run with the principal's credentials

## aws-auth-path

guide-aws-auth-path-why-no-match-title = Why a role ARN with a path never matches
guide-aws-auth-path-why-no-match-text =
    When kubectl connects, the cluster learns who you are from STS GetCallerIdentity, which returns an assumed-role ARN such as arn:aws:sts::111122223333:assumed-role/eks-admin/my-session. That ARN carries the role name but never the role's path. The authenticator turns it into arn:aws:iam::111122223333:role/eks-admin and looks for exactly that string in mapRoles, so an entry written as role/team/developers/eks-admin can never match, and kubectl answers "You must be logged in to the server (Unauthorized)". For your principal the string to match is { $aws_auth_arn }.

guide-aws-auth-path-find-role-title = Find the role and its path
guide-aws-auth-path-find-role-text =
    Run the first block with the credentials that get Unauthorized. The first command shows the assumed-role ARN; the second looks up the role { $principal_name } in IAM and prints its full ARN and its path (a path of / means it has none). Then, as a principal that already has access to the cluster, such as its creator, print the aws-auth ConfigMap and find the entry that names this role.
guide-aws-auth-path-find-role-caption-iam = Who am I, and what are the role's full ARN and path?
guide-aws-auth-path-find-role-caption-configmap = Show aws-auth (run as a cluster administrator)

guide-aws-auth-path-fix-maproles-title = Remove the path from the mapRoles entry
guide-aws-auth-path-fix-maproles-text =
    Change the entry so that rolearn reads { $aws_auth_arn }: keep the partition, the account and the role name, and drop everything between role/ and the name. Keep the username and groups the entry already had; the group in the example only stands in for yours. Leave the line mapRoles: | as it is, because the value has to stay a YAML string. eksctl does not strip a path for you, so give it the ARN without the path as in the last command, and then delete the old entry that has the path.
guide-aws-auth-path-fix-maproles-caption-yaml = Corrected entry under data in kube-system/aws-auth
guide-aws-auth-path-fix-maproles-caption-edit = Edit the ConfigMap in place
guide-aws-auth-path-fix-maproles-caption-eksctl = Or let eksctl add the entry

guide-aws-auth-path-sso-roles-title = Roles from IAM Identity Center
guide-aws-auth-path-sso-roles-text =
    Roles that IAM Identity Center creates sit under the path aws-reserved/sso.amazonaws.com/, sometimes followed by a Region, and their names start with AWSReservedSSO_, then the permission set name and a random suffix. In aws-auth, write them as role/AWSReservedSSO_ followed by the rest of the name, with the whole path removed. The command lists these roles with their full ARNs so that you can copy the exact name; the suffix differs from account to account.
guide-aws-auth-path-sso-roles-caption = IAM Identity Center roles in this account

guide-aws-auth-path-user-arns-title = User ARNs keep their path
guide-aws-auth-path-user-arns-text =
    The rule applies to roles only. An IAM user calls as itself, so the ARN the cluster sees is the user ARN with its path, and userarn in mapUsers must keep the path exactly as IAM shows it. If { $principal_arn } is a user, map it unchanged under mapUsers rather than mapRoles.

guide-aws-auth-path-access-entry-title = Prefer an access entry
guide-aws-auth-path-access-entry-text =
    Access entries do not have this problem: they accept the role's full ARN, path included, and match on the role's unique ID. They need the cluster in API or API_AND_CONFIG_MAP mode, so check the mode first. The second block looks up the role's full ARN and creates the entry. Pick the access policy that matches what the aws-auth groups granted (AmazonEKSClusterAdminPolicy in place of system:masters, for example), or pass --kubernetes-groups to keep your RBAC bindings. If the role is ever deleted and created again, create its entry again too; once the entry works, remove the old aws-auth entry.
guide-aws-auth-path-access-entry-caption-mode = Check the authentication mode
guide-aws-auth-path-access-entry-caption-create = Access entry with the role's full ARN

guide-aws-auth-path-verify-title = Unauthorized or Forbidden?
guide-aws-auth-path-verify-text =
    Run these commands with the role's credentials. Unauthorized (HTTP 401) means the cluster still does not recognize the principal: the mapping does not match, or the token is wrong (a kubeconfig for another cluster or Region, or a clock that is off). Forbidden (HTTP 403) means the principal is recognized but its groups or access policies lack the permission, which is a matter for RBAC, not for the path. A principal matched only through mapAccounts also ends up with Forbidden, because it gets no groups.
guide-aws-auth-path-verify-caption = The identity the cluster sees, and what it may do

## pass-role

guide-pass-role-which-call-title = Find the call that passes a role
guide-pass-role-which-call-text =
    Some EKS calls hand an existing IAM role to the service, and the caller needs iam:PassRole on that role: CreateCluster (the cluster role, roleArn), CreateNodegroup (the node role, nodeRole), CreateFargateProfile (the pod execution role, podExecutionRoleArn), CreatePodIdentityAssociation (roleArn) and CreateAccessEntry for the EC2 node types. The console makes the same calls, so the error shows up there as well. Here the role being passed is { $target_role_arn } and the caller is { $principal_arn }.

guide-pass-role-grant-pass-role-title = Allow the caller to pass this role
guide-pass-role-grant-pass-role-text =
    Attach the policy below to the caller. It allows passing { $target_role_name } only, and only to Amazon EKS, which keeps the permission narrow. For an EKS Pod Identity association the role goes to the Pod Identity service, so use pods.eks.amazonaws.com as the value instead. Save the JSON as eks-pass-{ $target_role_name }.json and attach it with the second command. If the caller is an IAM Identity Center role, add the statement to its permission set instead.
guide-pass-role-grant-pass-role-caption-policy = iam:PassRole for this one role, to Amazon EKS only
guide-pass-role-grant-pass-role-caption-apply = Attach it to the caller as an inline policy

guide-pass-role-check-trust-title = Check the trust policy of the passed role
guide-pass-role-check-trust-text =
    Being allowed to pass a role is half of it; the service that receives the role must also be able to assume it. The command prints the trust policy of { $target_role_name }. Its Principal must name the matching service: eks.amazonaws.com for a cluster role, ec2.amazonaws.com for a node role, eks-fargate-pods.amazonaws.com for a Fargate pod execution role, and pods.eks.amazonaws.com for a Pod Identity role.
guide-pass-role-check-trust-caption = The role's trust policy

guide-pass-role-fix-trust-title = Correct the trust policy if needed
guide-pass-role-fix-trust-text =
    If the Principal is wrong, replace the trust policy with the document that fits the role's purpose. Save it as trust-{ $target_role_name }.json and apply it with the last command. Give each purpose its own role: a node role cannot also be a cluster role, and Fargate needs a pod execution role separate from the node role. The Fargate example also limits the role to the Fargate profiles of { $cluster }.
guide-pass-role-fix-trust-caption-cluster = Cluster role: trusted by eks.amazonaws.com
guide-pass-role-fix-trust-caption-node = Node role: trusted by ec2.amazonaws.com
guide-pass-role-fix-trust-caption-fargate = Fargate pod execution role: trusted by eks-fargate-pods.amazonaws.com
guide-pass-role-fix-trust-caption-pod-identity = Pod Identity role: trusted by pods.eks.amazonaws.com
guide-pass-role-fix-trust-caption-apply = Replace the role's trust policy

guide-pass-role-verify-title = Test before you retry
guide-pass-role-verify-text =
    The IAM policy simulator checks the new permission without creating anything. Give it the caller's IAM ARN: for a role, the role ARN with its path (aws iam get-role shows it), not an assumed-role ARN. The context entry supplies the iam:PassedToService value that the condition tests; without it the simulator reports the key as missing instead of a decision. The simulator itself needs iam:SimulatePrincipalPolicy. When it answers allowed, retry the EKS call, which remains the final test.{ $principal_path ->
        [unknown] {" "}The commands use { $principal_iam_arn }, the role of the session { $principal_arn }, written without a path. A role can have a path that session ARNs never show: run aws iam get-role --role-name { $principal_name } --query Role.Arn --output text, and if the ARN it prints has a path, use that ARN instead.
        [sso] {" "}The commands use { $principal_iam_arn }: IAM Identity Center keeps its roles under the path aws-reserved/sso.amazonaws.com/, and a Region may follow it. Run aws iam get-role --role-name { $principal_name } --query Role.Arn --output text and use the ARN it prints.
        [federated] {" "}{ $principal_arn } is a federated user, which is no IAM principal of its own: use the ARN of the IAM user or role that called GetFederationToken.
       *[other] {""}
    }
guide-pass-role-verify-caption = Simulate iam:PassRole of this role to Amazon EKS

## cross-account

guide-cross-account-choose-route-title = Choose how people from outside get in
guide-cross-account-choose-route-text =
    Amazon EKS has no resource-based policies, so people from another account reach a cluster through an IAM role. The usual route, which this guide follows, is a role in the cluster's account ({ $target_role_arn }) that principals of account { $other_account_id } may assume and that has access to the cluster. If the people are your own workforce, federation through IAM Identity Center or your identity provider may suit better (see the federation step). A typical error on this route is "not authorized to perform: sts:AssumeRole", which points at the trust policy or at the caller's own permissions.

guide-cross-account-trust-policy-title = Let the other account assume the role
guide-cross-account-trust-policy-text =
    The role's trust policy decides who may assume it. Trusting the root of account { $other_account_id } leaves it to that account's administrators to decide which of their users and roles may use it; to be stricter, name one role ARN from that account instead. When the other party is a third party, such as a vendor that serves many customers, add the sts:ExternalId condition and replace <external-id> with the value they give you. Save the document as trust-{ $target_role_name }.json, then create the role (add --path if its ARN has one) or update the trust policy of the existing role.
guide-cross-account-trust-policy-caption-own = Trust policy for an account you own
guide-cross-account-trust-policy-caption-third-party = Trust policy for a third party, with an external ID
guide-cross-account-trust-policy-caption-create = Create the role with this trust policy
guide-cross-account-trust-policy-caption-update = Or replace the trust policy of an existing role

guide-cross-account-caller-permission-title = Let the other side call AssumeRole
guide-cross-account-caller-permission-text =
    Trust alone is not enough. In account { $other_account_id }, the users or roles that will work with the cluster need an identity-based policy that allows sts:AssumeRole on { $target_role_arn }, which an administrator of that account attaches. Both sides have to allow the call; when either is missing, the caller gets "not authorized to perform: sts:AssumeRole". Service control policies in the other account's organization can block it as well.
guide-cross-account-caller-permission-caption = Identity policy for principals in the other account

guide-cross-account-cluster-access-title = Give the role access to the cluster
guide-cross-account-cluster-access-text =
    The role needs two things in the cluster's account. First, an IAM permission to describe the cluster, which aws eks update-kubeconfig uses: attach the first policy to { $target_role_name }. Second, Kubernetes access. With access entries (API or API_AND_CONFIG_MAP mode), create an entry for the role and associate an access policy; AmazonEKSViewPolicy is read-only, so choose a broader policy or a namespace scope as needed. In CONFIG_MAP mode, map the role in aws-auth instead, written as { $target_aws_auth_arn } without a path, to a group that your RBAC binds.
guide-cross-account-cluster-access-caption-iam = IAM permission that update-kubeconfig needs
guide-cross-account-cluster-access-caption-iam-apply = Attach it to the role
guide-cross-account-cluster-access-caption-entry = Access entry with read-only access (API modes)
guide-cross-account-cluster-access-caption-aws-auth = Or an aws-auth mapping (CONFIG_MAP mode)

guide-cross-account-use-role-title = Use the role from the other account
guide-cross-account-use-role-text =
    From account { $other_account_id }, first test the trust with aws sts assume-role: it prints the assumed-role ARN when both sides allow the call (add --external-id when the trust policy asks for one). For daily work, create a CLI profile that assumes the role and let update-kubeconfig use it; kubectl then assumes the role whenever it needs a token. The --role-arn option of update-kubeconfig is not enough on its own across accounts, because the cluster lookup still runs with your own credentials, which cannot see a cluster in another account. Replace default with the profile that holds your own credentials, and add external_id to the profile if one is required.
guide-cross-account-use-role-caption-test = Test that the role can be assumed
guide-cross-account-use-role-caption-kubeconfig = A profile that assumes the role, then the kubeconfig

guide-cross-account-federation-title = The alternative: federation
guide-cross-account-federation-text =
    If the people outside are your own workforce, federating them avoids handing out cross-account roles one by one. With IAM Identity Center, or an identity provider using SAML 2.0 or OIDC, users sign in with their corporate identity and receive a role in the cluster's account; you then give that role an access entry as in the cluster access step. In aws-auth, remember that IAM Identity Center roles must be written without their aws-reserved path. Amazon EKS can also trust an OIDC identity provider directly for Kubernetes sign-in, which does not involve IAM at all.

guide-cross-account-review-access-title = Review who outside can assume your roles
guide-cross-account-review-access-text =
    IAM Access Analyzer reports resources, IAM roles among them, that principals outside your account or organization can reach. An account analyzer in { $region } raises a finding for each role whose trust policy lets an external account in, such as { $target_role_name }. Go through the findings regularly, archive the intended ones and remove trust that nobody needs any longer. One analyzer per account and Region is enough: skip the first command if aws accessanalyzer list-analyzers already shows one.
guide-cross-account-review-access-caption = Create an account analyzer, then list the findings for IAM roles

## sts-region

guide-sts-region-cause-title = What the error means
guide-sts-region-cause-text =
    The pod sent a request to the global STS endpoint, https://sts.amazonaws.com, but signed it for a Region other than us-east-1. The global endpoint only accepts requests signed for us-east-1, so it rejects this one with SignatureDoesNotMatch. On EKS this usually happens when the pod identity webhook has told the SDK to use Regional endpoints (it injects AWS_STS_REGIONAL_ENDPOINTS=regional) while the application names the global endpoint itself. The SDK then pairs the explicit global URL with the Region { $region }, and the signature no longer fits.

guide-sts-region-inspect-pod-title = Look at the service account and its pods
guide-sts-region-inspect-pod-text =
    Start with the service account { $service_account_namespace }/{ $service_account_name }: its annotations eks.amazonaws.com/role-arn and, if present, eks.amazonaws.com/sts-regional-endpoints shape what the webhook injects. Then list the AWS_ variables of the pods that use it. AWS_ROLE_ARN and AWS_WEB_IDENTITY_TOKEN_FILE mean IAM roles for service accounts, AWS_CONTAINER_CREDENTIALS_FULL_URI means EKS Pod Identity, and AWS_STS_REGIONAL_ENDPOINTS is the endpoint setting. The last block reads the environment inside a running container, where the image may set more variables of its own.
guide-sts-region-inspect-pod-caption-sa = The service account and its annotations
guide-sts-region-inspect-pod-caption-env = AWS_ variables in the pod spec
guide-sts-region-inspect-pod-caption-exec = AWS_ variables inside a running container

guide-sts-region-find-endpoint-title = Find where the application sets the endpoint
guide-sts-region-find-endpoint-text =
    Search the application's code and configuration for the global endpoint and for endpoint overrides. Usual suspects are an endpoint or endpoint_url argument where the STS client is created, a custom credentials provider, the variables AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_STS, and sts_regional_endpoints in a config file built into the image. Run the command at the root of the source tree, and check Helm values and manifests as well.
guide-sts-region-find-endpoint-caption = Search the source tree for STS endpoint settings

guide-sts-region-fix-remove-global-title = Fix 1: stop naming the global endpoint
guide-sts-region-fix-remove-global-text =
    The cleanest fix is to delete the explicit global endpoint from the code or configuration and let the SDK choose. With a Region configured (for example through AWS_REGION) and Regional endpoints selected, the SDK calls the STS endpoint of { $region } and signs for that Region. Regional endpoints also answer with lower latency and keep a problem in one Region from spreading to others. Rebuild and redeploy the application afterwards.

guide-sts-region-fix-regional-title = Fix 2: call the Regional endpoint explicitly
guide-sts-region-fix-regional-text =
    If the application has to name an endpoint, make it { $sts_regional_endpoint } and sign for the same Region, { $region }. The first command confirms that this endpoint works with your credentials. When the application takes its endpoint from the environment, the variable AWS_ENDPOINT_URL_STS, understood by current SDKs, sets it without a code change. A Regional endpoint ties the application to one Region, so plan a fallback Region if it must ride out a Regional outage; STS must also be active in that Region for the account.
guide-sts-region-fix-regional-caption-test = Check the Regional endpoint with the AWS CLI
guide-sts-region-fix-regional-caption-env = Container env that points STS at the Regional endpoint

guide-sts-region-fix-annotate-title = Fix 3: return to the global endpoint
guide-sts-region-fix-annotate-text =
    If the application cannot be changed yet, annotate the service account with eks.amazonaws.com/sts-regional-endpoints set to "false". The webhook then stops injecting AWS_STS_REGIONAL_ENDPOINTS=regional, and SDKs whose default is the legacy behaviour use the global endpoint again, signed for us-east-1. The annotation only applies to pods created after it, so restart the workloads: the second command restarts the Deployments whose pods run as { $service_account_name }; do the same for StatefulSets and DaemonSets. Newer SDK versions default to Regional endpoints regardless, so treat this as a stopgap and plan fix 1 or 2.
guide-sts-region-fix-annotate-caption-annotate = Annotate the service account
guide-sts-region-fix-annotate-caption-restart = Restart the Deployments that use it

guide-sts-region-version-default-title = Why now: the 1.22 change and SDK defaults
guide-sts-region-version-default-text =
    Clusters before Kubernetes 1.22 set service accounts up to use the global endpoint by default; clusters on 1.22 and later use Regional endpoints by default. Upgrading past 1.22, or moving a workload to a newer cluster, can therefore bring out this error in code that never changed. SDKs read the setting sts_regional_endpoints in the config file or the variable AWS_STS_REGIONAL_ENDPOINTS, with the values legacy or regional; new SDK major versions default to regional, and AWS CLI v1 1.42.0 and boto3 1.40.0 switched on 31 July 2025. The second command lists the cluster's health issues: StsRegionalEndpointDisabled there means the Regional STS endpoint is deactivated for the account, which an IAM administrator can change in the account settings.
guide-sts-region-version-default-caption = The cluster's version, then its health issues

## Links to official pages

link-eks-troubleshoot-iam = Amazon EKS: Troubleshooting IAM
link-iam-troubleshoot-access-denied = IAM: Troubleshoot access denied error messages
link-eks-id-based-policies = Amazon EKS identity-based policy examples
link-service-authorization-eks = Actions, resources and condition keys for Amazon EKS
link-iam-policy-evaluation = IAM policy evaluation logic
link-iam-permissions-boundaries = Permissions boundaries for IAM entities
link-organizations-scps = AWS Organizations: service control policies
link-eks-view-resources = Amazon EKS: view Kubernetes resources in the console
link-eks-grant-k8s-access = Amazon EKS: grant IAM users and roles access to Kubernetes APIs
link-eks-auth-mode = Amazon EKS: change the authentication mode to use access entries
link-eks-access-entries = Amazon EKS: access entries
link-eks-create-access-entries = Amazon EKS: create access entries
link-eks-access-policies = Amazon EKS: associate access policies with access entries
link-eks-access-policy-permissions = Amazon EKS: access policy permissions
link-eks-aws-auth = Amazon EKS: the aws-auth ConfigMap
link-iam-identifiers = IAM identifiers: ARNs, paths and unique IDs
link-iam-passrole = IAM: grant permissions to pass a role to an AWS service
link-eks-cluster-role = Amazon EKS cluster IAM role
link-eks-node-role = Amazon EKS node IAM role
link-eks-fargate-role = Amazon EKS pod execution IAM role (Fargate)
link-eks-pod-identity-role = Amazon EKS: IAM role trust policy for EKS Pod Identity
link-iam-cross-account = IAM: access for a user in another AWS account you own
link-iam-third-party = IAM: access to AWS accounts owned by third parties
link-iam-external-id = IAM: using an external ID for third-party access
link-eks-kubeconfig = Amazon EKS: create or update a kubeconfig file
link-iam-federation = IAM: access for externally authenticated users (federation)
link-access-analyzer = What is IAM Access Analyzer?
link-eks-sts-endpoint = Amazon EKS: configure the STS endpoint for a service account
link-sdk-sts-regional = AWS SDKs and Tools: AWS STS Regional endpoints
link-iam-sts-regions = IAM: manage AWS STS in an AWS Region
