# トラブルシューティングガイド: Amazon EKS ユーザーガイド「IAM のトラブルシューティング」の
# 6 つの症状と、その手順・キャプション・リンクの表示名です。
# ここにある ID はすべて assets/guide/*.toml から参照されるか、症状のタイトル/概要です。
# 英語版 i18n/en/guide.ftl とまったく同じ ID と変数を持ちます。

## 症状

symptom-access-denied-title = EKS API の AccessDeniedException
symptom-access-denied-summary = EKS の API 呼び出しがアクセス拒否される

symptom-console-nodes-title = コンソールにノードやリソースが表示されない
symptom-console-nodes-summary = コンソールにノードが表示されずエラーが出る

symptom-aws-auth-path-title = パス付きロールが aws-auth で一致しない
symptom-aws-auth-path-summary = aws-auth に登録したロールで Unauthorized

symptom-pass-role-title = iam:PassRole の実行が許可されていない
symptom-pass-role-summary = EKS リソースの作成が iam:PassRole で失敗する

symptom-cross-account-title = アカウント外の人にアクセスを許可する
symptom-cross-account-summary = 別アカウントや社外の人にクラスターを使わせたい

symptom-sts-region-title = STS: Credential should be scoped to a valid region
symptom-sts-region-summary = Pod の STS 呼び出しが署名エラーで失敗する

## access-denied

guide-access-denied-read-message-title = エラーメッセージを読み解く
guide-access-denied-read-message-text =
    メッセージには 3 つの情報が含まれています。呼び出した IAM プリンシパル (「User:」の後)、実行しようとしたアクション (「perform:」の後)、対象のリソース (「on resource:」の後) です。今回の例では { $principal_arn }、{ $action }、{ $region } のクラスター { $cluster } にあたります。

    続いてメッセージの末尾をご確認ください。「because no identity-based policy allows」(AWS の原文) とあれば、そのアクションを許可するポリシーがまだ無いということで、Allow を追加すれば解決します。「with an explicit deny in」(AWS の原文) の後にポリシーの種類 (サービスコントロールポリシー、リソースコントロールポリシー、アクセス許可の境界、セッションポリシー、アイデンティティベースのポリシー) が続く場合は、どこかで明示的に拒否されており、Allow を追加しても解決しません。理由が書かれていない場合は、まず Allow が不足しているものとして進めてください。

guide-access-denied-confirm-identity-title = 呼び出し元の ID を確認する
guide-access-denied-confirm-identity-text =
    エラーが発生したのと同じマシン、同じプロファイルと環境変数で、下のコマンドを実行してください。表示される Arn が AWS の評価対象となるプリンシパルで、{ $principal_arn } と一致するはずです。別のユーザーやロールが表示された場合は、そちらのアクセス許可を修正するか、本来使うべきプロファイルに切り替えてください (AWS_PROFILE や、環境変数に設定されたアクセスキーをご確認ください)。この呼び出しにはアクセス許可が不要で、拒否されることもないため、最初の確認として常に安全に使えます。
guide-access-denied-confirm-identity-caption = 現在の認証情報のアカウントとユーザーまたはロールを表示します

guide-access-denied-grant-action-title = このクラスターに対するアクションを許可する
guide-access-denied-grant-action-text =
    原因が Allow の不足であれば、呼び出し元に範囲を絞ったアイデンティティベースのポリシーをアタッチします。下のポリシーはクラスター { $cluster } に対する { $action } だけを許可します。eks-{ $cluster }-access.json という名前で保存し、2 つ目のコマンドでアタッチしてください。eks:ListClusters や eks:CreateCluster のように既存のクラスターを対象としないアクションでは "Resource": "*" が必要です。ノードグループ、アドオン、Fargate プロファイルに対するアクションでは、それぞれのリソースの ARN を指定します。各アクションのリソースタイプはサービス認可リファレンスに記載されています。

    呼び出し元が IAM Identity Center の作成したロール (名前が AWSReservedSSO_ で始まるロール) の場合は、ロールを直接変更せず、IAM Identity Center でアクセス許可セットを変更してください。
guide-access-denied-grant-action-caption-policy = エラーに記載されたアクションだけを許可する最小権限のポリシー
guide-access-denied-grant-action-caption-apply = 呼び出し元のユーザーまたはロールにインラインポリシーとしてアタッチします

guide-access-denied-explicit-deny-title = 明示的な拒否が報告された場合
guide-access-denied-explicit-deny-text =
    明示的な Deny は常に優先され、どこに Allow を追加しても上書きできません。メッセージには Deny がどこにあるかが示されており、それによって誰が変更すべきかが決まります。サービスコントロールポリシーとリソースコントロールポリシーは AWS Organizations のものであり、組織の管理アカウントの管理者 (または委任管理者) にしか変更できません。アクセス許可の境界とアイデンティティベースのポリシーは、アカウント { $account_id } の IAM 管理者が管理しています。セッションポリシーはセッションを開始した側 (AssumeRole を呼び出したツールや ID プロバイダー) が渡すものなので、そのポリシーを付けずにセッションを開始し直す必要があります。

    下のコマンドで呼び出し元のアクセス許可の境界と、アタッチされたポリシー、インラインポリシーを確認し、{ $action } を対象とする Deny を探してください。
guide-access-denied-explicit-deny-caption = 呼び出し元のアクセス許可の境界、アタッチ済みポリシー、インラインポリシー

guide-access-denied-verify-title = もう一度呼び出す
guide-access-denied-verify-text =
    失敗したコマンドをもう一度実行してください。IAM は結果整合性のため、変更は通常数秒で反映されますが、もう少しかかる場合もあります。失敗したアクションが eks:DescribeCluster であれば、下のコマンドで直接確認でき、ACTIVE などのクラスターのステータスが表示されます。再び AccessDeniedException が返る場合は、最初のメッセージと比べてください。アクションや理由が変わっていれば、それが次に確認すべきポリシーを示しています。
guide-access-denied-verify-caption = クラスターのステータスを表示します (eks:DescribeCluster が必要です)

## console-nodes

guide-console-nodes-console-principal-title = コンソールが使うプリンシパルを特定する
guide-console-nodes-console-principal-text =
    コンソールは kubectl の認証情報ではなく、サインインした IAM プリンシパルとして動作します。画面右上のアカウントメニューで確認できます。正確な ARN が必要な場合は、同じコンソールセッションから AWS CloudShell を開いて下のコマンドを実行してください。Arn に :assumed-role/ が含まれる場合は IAM ロールのセッションなので、セッションではなくロールそのものを設定対象にします。このガイドでは { $principal_arn } を使用します。アクセスエントリにはパスを含むロールの完全な IAM ARN を、aws-auth には同じ ARN からパスを除いたものを指定します。
guide-console-nodes-console-principal-caption = 同じコンソールセッションから開いた AWS CloudShell で実行します

guide-console-nodes-iam-permissions-title = コンソールに必要な IAM アクセス許可を付与する
guide-console-nodes-iam-permissions-text =
    コンソールがクラスター内の情報を表示するには、プリンシパルに Amazon EKS の読み取り系のアクセス許可と、iam:ListRoles、ssm:GetParameter が必要です。特に重要なのは eks:AccessKubernetesApi で、これによりコンソールがユーザーに代わって Kubernetes API を呼び出せるようになります。下のポリシーは EKS ユーザーガイドに記載されているアクセス許可の一覧です。eks-console-read.json として保存し、プリンシパルにアタッチしてください。IAM のアクセス許可は入口にすぎず、Kubernetes 側でもプリンシパルを認可する必要があります。これは次の手順で設定します。
guide-console-nodes-iam-permissions-caption-policy = コンソールで Kubernetes リソースを表示するための IAM ポリシー
guide-console-nodes-iam-permissions-caption-apply = プリンシパルにインラインポリシーとしてアタッチします

guide-console-nodes-auth-mode-title = クラスターの認証モードを確認する
guide-console-nodes-auth-mode-text =
    アクセスをどこで付与するかは認証モードで決まります。CONFIG_MAP では aws-auth ConfigMap だけが、API では EKS アクセスエントリだけが使われます。API_AND_CONFIG_MAP では両方が使われ、両方に登録されたプリンシパルにはアクセスエントリのアクセス許可が適用されます。EKS API、SDK、CloudFormation で作成したクラスターは CONFIG_MAP で始まり、コンソールと eksctl では API_AND_CONFIG_MAP が選ばれます。CONFIG_MAP から API_AND_CONFIG_MAP、さらに API へは変更できますが、元には戻せないため、2 つ目のコマンドは十分に検討してから実行してください。
guide-console-nodes-auth-mode-caption = CONFIG_MAP、API_AND_CONFIG_MAP、API のいずれかが表示されます
guide-console-nodes-auth-mode-caption-switch = アクセスエントリを有効にします (元に戻せない変更です)

guide-console-nodes-access-entry-title = アクセスエントリでアクセスを付与する
guide-console-nodes-access-entry-text =
    API または API_AND_CONFIG_MAP モードでは、プリンシパルのアクセスエントリを作成し、アクセスポリシーを関連付けます。AmazonEKSAdminViewPolicy はノードを含むクラスター内のすべてを読み取れるため、コンソールの表示に適しています。管理者としてのフルアクセスが必要な場合は AmazonEKSClusterAdminPolicy を使用します。AmazonEKSViewPolicy だけではノード (および Secret) が含まれないため、[コンピューティング] タブは空のままです。まず関連付け済みのポリシーを確認してください。エントリが既に存在する場合、create-access-entry は ResourceInUseException で失敗するので、関連付けのコマンドだけを実行します。{ $principal_path ->
        [unknown] コマンドでは、セッション { $principal_arn } のロールを、パスなしの { $principal_iam_arn } として指定しています。ロールにはパスがある場合があり、セッションの ARN にはパスが表示されません。aws iam get-role --role-name { $principal_name } --query Role.Arn --output text を実行し、表示された ARN にパスが含まれていれば、その ARN を使ってください。
        [sso] コマンドでは { $principal_iam_arn } を指定しています。IAM Identity Center のロールはパス aws-reserved/sso.amazonaws.com/ の下にあり、その後にリージョンが続く場合があります。aws iam get-role --role-name { $principal_name } --query Role.Arn --output text を実行し、表示された ARN を使ってください。
        [federated] { $principal_arn } はフェデレーションユーザーであり、それ自体は IAM プリンシパルではありません。GetFederationToken を呼び出した IAM ユーザーまたはロールの ARN を使ってください。
       *[other] {""}
    }
guide-console-nodes-access-entry-caption-check = プリンシパルに関連付け済みのアクセスポリシー
guide-console-nodes-access-entry-caption-create = エントリを作成し、クラスター全体を読み取れるポリシーを関連付けます

guide-console-nodes-aws-auth-rbac-title = aws-auth と RBAC でアクセスを付与する
guide-console-nodes-aws-auth-rbac-text =
    CONFIG_MAP モードの場合、または RBAC で管理したい場合は、AWS がコンソール用に公開している ClusterRole と ClusterRoleBinding を適用し、プリンシパルをそのグループ eks-console-dashboard-full-access-group にマッピングします。マッピングには { $aws_auth_arn } を使用してください。aws-auth はパスを含まないロール ARN しか受け付けず、eksctl は指定された ARN をそのまま書き込みます。特定の名前空間に限定した版も公開されており、リンク先のページで説明されています。どちらのコマンドも、既にクラスターを管理できるユーザーで実行してください。
guide-console-nodes-aws-auth-rbac-caption-rbac = 読み取り専用の ClusterRole とそのバインディングを作成します
guide-console-nodes-aws-auth-rbac-caption-map = aws-auth でプリンシパルをコンソール用グループにマッピングします

guide-console-nodes-verify-title = 結果を確認する
guide-console-nodes-verify-text =
    プリンシパル自身の認証情報で kubeconfig を作成し、何ができるかを Kubernetes に問い合わせます。kubectl auth whoami (kubectl 1.28 以降) でクラスターから見えるユーザー名とグループを確認でき、2 つの can-i はどちらも yes になるはずです。その後コンソールでクラスターのページを再読み込みすると、[コンピューティング] タブにノードが、[リソース] タブにワークロードが表示されます。kubectl が Unauthorized を返す場合はプリンシパルがまったくマッピングされておらず、no が返る場合はマッピングはあるものの、アクセス許可が不足しています。
guide-console-nodes-verify-caption = プリンシパルの認証情報で実行します

## aws-auth-path

guide-aws-auth-path-why-no-match-title = パス付きのロール ARN が一致しない理由
guide-aws-auth-path-why-no-match-text =
    kubectl が接続すると、クラスターは STS の GetCallerIdentity で呼び出し元を確認します。返されるのは arn:aws:sts::111122223333:assumed-role/eks-admin/my-session のような引き受けたロールの ARN で、ロール名は含まれますがパスは決して含まれません。認証機能はこれを arn:aws:iam::111122223333:role/eks-admin に変換し、その文字列と完全に一致するエントリを mapRoles から探します。そのため role/team/developers/eks-admin と書いたエントリは一致することがなく、kubectl は「You must be logged in to the server (Unauthorized)」(kubectl の原文) を返します。お使いのプリンシパルで一致させるべき文字列は { $aws_auth_arn } です。

guide-aws-auth-path-find-role-title = ロールとそのパスを確認する
guide-aws-auth-path-find-role-text =
    1 つ目のブロックは Unauthorized になる認証情報で実行してください。最初のコマンドで引き受けたロールの ARN が、2 つ目のコマンドで IAM 上のロール { $principal_name } の完全な ARN とパスが表示されます (パスが / であればパスはありません)。続いて、クラスターの作成者など既にアクセスできるプリンシパルで aws-auth ConfigMap を表示し、このロールを指定しているエントリを探します。
guide-aws-auth-path-find-role-caption-iam = 自分は誰か、ロールの完全な ARN とパスは何か
guide-aws-auth-path-find-role-caption-configmap = aws-auth を表示します (クラスター管理者として実行)

guide-aws-auth-path-fix-maproles-title = mapRoles のエントリからパスを除く
guide-aws-auth-path-fix-maproles-text =
    rolearn が { $aws_auth_arn } になるようにエントリを修正します。パーティション、アカウント、ロール名はそのままにし、role/ とロール名の間にある部分をすべて削除してください。username と groups は元のエントリの値を残します。例のグループはお使いのグループの代わりに書いたものです。値は YAML の文字列である必要があるため、mapRoles: | の行はそのままにしてください。eksctl はパスを自動では除かないため、最後のコマンドのようにパスを除いた ARN を渡し、その後パス付きの古いエントリを削除してください。
guide-aws-auth-path-fix-maproles-caption-yaml = kube-system/aws-auth の data に書く修正後のエントリ
guide-aws-auth-path-fix-maproles-caption-edit = ConfigMap を直接編集します
guide-aws-auth-path-fix-maproles-caption-eksctl = または eksctl でエントリを追加します

guide-aws-auth-path-sso-roles-title = IAM Identity Center のロール
guide-aws-auth-path-sso-roles-text =
    IAM Identity Center が作成するロールは aws-reserved/sso.amazonaws.com/ というパス (その後にリージョンが続く場合もあります) の下にあり、名前は AWSReservedSSO_ で始まり、アクセス許可セット名とランダムな接尾辞が続きます。aws-auth にはパス全体を除き、role/AWSReservedSSO_ に続けて名前の残りを書きます。下のコマンドでこれらのロールを完全な ARN とともに一覧表示できるので、正確な名前をコピーしてください。接尾辞はアカウントごとに異なります。
guide-aws-auth-path-sso-roles-caption = このアカウントの IAM Identity Center のロール

guide-aws-auth-path-user-arns-title = ユーザーの ARN はパスを残す
guide-aws-auth-path-user-arns-text =
    このルールはロールにだけ当てはまります。IAM ユーザーはユーザー自身として呼び出すため、クラスターから見える ARN はパスを含むユーザー ARN です。したがって mapUsers の userarn には、IAM の表示どおりパスを残して書く必要があります。{ $principal_arn } がユーザーであれば、mapRoles ではなく mapUsers にそのままマッピングしてください。

guide-aws-auth-path-access-entry-title = アクセスエントリの利用をお勧めします
guide-aws-auth-path-access-entry-text =
    アクセスエントリにはこの問題がありません。パスを含むロールの完全な ARN を受け付け、ロールの一意の ID で照合します。クラスターが API または API_AND_CONFIG_MAP モードである必要があるため、まずモードを確認してください。2 つ目のブロックでロールの完全な ARN を調べてエントリを作成します。アクセスポリシーは aws-auth のグループで与えていたアクセス許可に合わせて選びます (たとえば system:masters の代わりに AmazonEKSClusterAdminPolicy)。RBAC のバインディングを引き続き使う場合は --kubernetes-groups を指定します。ロールを削除して作り直した場合はエントリも作り直してください。エントリで接続できたら、古い aws-auth のエントリを削除します。
guide-aws-auth-path-access-entry-caption-mode = 認証モードを確認します
guide-aws-auth-path-access-entry-caption-create = ロールの完全な ARN でアクセスエントリを作成します

guide-aws-auth-path-verify-title = Unauthorized か Forbidden か
guide-aws-auth-path-verify-text =
    ロールの認証情報でコマンドを実行してください。Unauthorized (HTTP 401) は、クラスターがまだプリンシパルを認識していないことを示します。マッピングが一致していないか、トークン自体に問題があります (kubeconfig が別のクラスターやリージョンを指している、時刻がずれているなど)。Forbidden (HTTP 403) は、プリンシパルは認識されているものの、グループやアクセスポリシーのアクセス許可が不足していることを示し、パスではなく RBAC の問題です。mapAccounts だけで一致したプリンシパルもグループを持たないため Forbidden になります。
guide-aws-auth-path-verify-caption = クラスターから見える ID と、実行できる操作

## pass-role

guide-pass-role-which-call-title = ロールを渡している呼び出しを特定する
guide-pass-role-which-call-text =
    EKS の一部の呼び出しは既存の IAM ロールをサービスに渡すため、呼び出し元にはそのロールに対する iam:PassRole が必要です。CreateCluster (クラスターロール、roleArn)、CreateNodegroup (ノードロール、nodeRole)、CreateFargateProfile (Pod 実行ロール、podExecutionRoleArn)、CreatePodIdentityAssociation (roleArn)、EC2 ノード用タイプの CreateAccessEntry が該当します。コンソールも同じ呼び出しを行うため、コンソールでも同じエラーが表示されます。今回渡しているロールは { $target_role_arn }、呼び出し元は { $principal_arn } です。

guide-pass-role-grant-pass-role-title = 呼び出し元にこのロールを渡すアクセス許可を与える
guide-pass-role-grant-pass-role-text =
    下のポリシーを呼び出し元にアタッチします。{ $target_role_name } だけを、しかも Amazon EKS に対してだけ渡せるようにすることで、アクセス許可を最小限に保ちます。EKS Pod Identity の関連付けではロールが Pod Identity サービスに渡されるため、値を pods.eks.amazonaws.com に変更してください。JSON を eks-pass-{ $target_role_name }.json として保存し、2 つ目のコマンドでアタッチします。呼び出し元が IAM Identity Center のロールの場合は、このステートメントをアクセス許可セットに追加してください。
guide-pass-role-grant-pass-role-caption-policy = このロールだけを Amazon EKS に渡すための iam:PassRole
guide-pass-role-grant-pass-role-caption-apply = 呼び出し元にインラインポリシーとしてアタッチします

guide-pass-role-check-trust-title = 渡すロールの信頼ポリシーを確認する
guide-pass-role-check-trust-text =
    ロールを渡すアクセス許可だけでは半分です。ロールを受け取るサービスが、そのロールを引き受けられる必要もあります。このコマンドで { $target_role_name } の信頼ポリシーが表示されます。Principal には用途に合ったサービスが指定されている必要があります。クラスターロールは eks.amazonaws.com、ノードロールは ec2.amazonaws.com、Fargate の Pod 実行ロールは eks-fargate-pods.amazonaws.com、Pod Identity のロールは pods.eks.amazonaws.com です。
guide-pass-role-check-trust-caption = ロールの信頼ポリシー

guide-pass-role-fix-trust-title = 必要に応じて信頼ポリシーを修正する
guide-pass-role-fix-trust-text =
    Principal が誤っている場合は、ロールの用途に合ったドキュメントで信頼ポリシーを置き換えます。trust-{ $target_role_name }.json として保存し、最後のコマンドで適用してください。用途ごとに別のロールを用意します。ノードロールをクラスターロールと兼用することはできず、Fargate にはノードロールとは別の Pod 実行ロールが必要です。Fargate の例では、ロールを { $cluster } の Fargate プロファイルだけに限定しています。
guide-pass-role-fix-trust-caption-cluster = クラスターロール: eks.amazonaws.com を信頼
guide-pass-role-fix-trust-caption-node = ノードロール: ec2.amazonaws.com を信頼
guide-pass-role-fix-trust-caption-fargate = Fargate の Pod 実行ロール: eks-fargate-pods.amazonaws.com を信頼
guide-pass-role-fix-trust-caption-pod-identity = Pod Identity のロール: pods.eks.amazonaws.com を信頼
guide-pass-role-fix-trust-caption-apply = ロールの信頼ポリシーを置き換えます

guide-pass-role-verify-title = 再実行の前にテストする
guide-pass-role-verify-text =
    IAM ポリシーシミュレーターを使うと、何も作成せずに新しいアクセス許可を確認できます。呼び出し元の IAM ARN を指定してください。ロールの場合は、引き受けたロールの ARN ではなく、パスを含むロールの ARN (aws iam get-role で確認できます) を使います。コンテキストエントリは、条件で評価される iam:PassedToService の値を渡すためのものです。これが無いと、シミュレーターは判定の代わりにキーの不足を報告します。シミュレーター自体の実行には iam:SimulatePrincipalPolicy が必要です。allowed と表示されたら EKS の呼び出しを再実行してください。最終的な確認はこの再実行です。{ $principal_path ->
        [unknown] コマンドでは、セッション { $principal_arn } のロールを、パスなしの { $principal_iam_arn } として指定しています。ロールにはパスがある場合があり、セッションの ARN にはパスが表示されません。aws iam get-role --role-name { $principal_name } --query Role.Arn --output text を実行し、表示された ARN にパスが含まれていれば、その ARN を使ってください。
        [sso] コマンドでは { $principal_iam_arn } を指定しています。IAM Identity Center のロールはパス aws-reserved/sso.amazonaws.com/ の下にあり、その後にリージョンが続く場合があります。aws iam get-role --role-name { $principal_name } --query Role.Arn --output text を実行し、表示された ARN を使ってください。
        [federated] { $principal_arn } はフェデレーションユーザーであり、それ自体は IAM プリンシパルではありません。GetFederationToken を呼び出した IAM ユーザーまたはロールの ARN を使ってください。
       *[other] {""}
    }
guide-pass-role-verify-caption = このロールを Amazon EKS に渡す iam:PassRole をシミュレートします

## cross-account

guide-cross-account-choose-route-title = 外部の人がアクセスする方法を選ぶ
guide-cross-account-choose-route-text =
    Amazon EKS はリソースベースのポリシーをサポートしていないため、別アカウントの人は IAM ロールを介してクラスターにアクセスします。一般的な方法 (このガイドで扱う方法) は、クラスターのアカウントにロール ({ $target_role_arn }) を用意し、アカウント { $other_account_id } のプリンシパルがそれを引き受けられるようにして、そのロールにクラスターへのアクセスを与えることです。対象が自社の従業員であれば、IAM Identity Center や自社の ID プロバイダーによるフェデレーションのほうが適している場合があります (フェデレーションの手順を参照してください)。この方法でよく見られるエラーは「not authorized to perform: sts:AssumeRole」(AWS の原文) で、信頼ポリシーか呼び出し元自身のアクセス許可に原因があります。

guide-cross-account-trust-policy-title = 別アカウントがロールを引き受けられるようにする
guide-cross-account-trust-policy-text =
    誰がロールを引き受けられるかは、ロールの信頼ポリシーで決まります。アカウント { $other_account_id } の root を信頼すると、そのアカウントのどのユーザーやロールに使わせるかは、そのアカウントの管理者が決めることになります。より厳しくするには、そのアカウントの特定のロール ARN を指定してください。相手が多くの顧客を持つベンダーなどのサードパーティーの場合は sts:ExternalId の条件を追加し、<external-id> を相手から提示された値に置き換えます。ドキュメントを trust-{ $target_role_name }.json として保存し、ロールを新規作成するか (ARN にパスがある場合は --path を追加します)、既存のロールの信頼ポリシーを更新してください。
guide-cross-account-trust-policy-caption-own = 自社が所有するアカウント向けの信頼ポリシー
guide-cross-account-trust-policy-caption-third-party = 外部 ID を使うサードパーティー向けの信頼ポリシー
guide-cross-account-trust-policy-caption-create = この信頼ポリシーでロールを作成します
guide-cross-account-trust-policy-caption-update = または既存のロールの信頼ポリシーを置き換えます

guide-cross-account-caller-permission-title = 相手側に AssumeRole を許可する
guide-cross-account-caller-permission-text =
    信頼ポリシーだけでは足りません。アカウント { $other_account_id } でクラスターを利用するユーザーやロールには、{ $target_role_arn } に対する sts:AssumeRole を許可するアイデンティティベースのポリシーが必要で、これはそのアカウントの管理者がアタッチします。両方の側で許可されている必要があり、どちらかが欠けていると、呼び出し元には「not authorized to perform: sts:AssumeRole」(AWS の原文) が返ります。相手のアカウントが属する組織のサービスコントロールポリシーによってブロックされることもあります。
guide-cross-account-caller-permission-caption = 相手アカウントのプリンシパル用のアイデンティティポリシー

guide-cross-account-cluster-access-title = ロールにクラスターへのアクセスを与える
guide-cross-account-cluster-access-text =
    クラスターのアカウント側で、ロールには 2 つのものが必要です。1 つ目は aws eks update-kubeconfig が使うクラスターを参照するアクセス許可で、最初のポリシーを { $target_role_name } にアタッチします。2 つ目は Kubernetes へのアクセスです。アクセスエントリを使う場合 (API または API_AND_CONFIG_MAP モード) は、ロールのエントリを作成してアクセスポリシーを関連付けます。AmazonEKSViewPolicy は読み取り専用なので、必要に応じてより広いポリシーや名前空間単位のスコープを選んでください。CONFIG_MAP モードでは、代わりに aws-auth でパスを除いた { $target_aws_auth_arn } を、RBAC でバインドされたグループにマッピングします。
guide-cross-account-cluster-access-caption-iam = update-kubeconfig に必要な IAM アクセス許可
guide-cross-account-cluster-access-caption-iam-apply = ロールにアタッチします
guide-cross-account-cluster-access-caption-entry = 読み取り専用のアクセスエントリ (API モード)
guide-cross-account-cluster-access-caption-aws-auth = または aws-auth のマッピング (CONFIG_MAP モード)

guide-cross-account-use-role-title = 別アカウントからロールを使う
guide-cross-account-use-role-text =
    アカウント { $other_account_id } から、まず aws sts assume-role で信頼関係をテストします。両方の側で許可されていれば、引き受けたロールの ARN が表示されます (信頼ポリシーで外部 ID が必要な場合は --external-id を追加してください)。日常的に使うには、ロールを引き受ける CLI プロファイルを作成し、update-kubeconfig でそのプロファイルを使います。これで kubectl はトークンが必要になるたびにロールを引き受けます。アカウントをまたぐ場合、update-kubeconfig の --role-arn だけでは不十分です。クラスターの参照はご自身の認証情報で行われ、その認証情報からは別アカウントのクラスターが見えないためです。default はご自身の認証情報を持つプロファイル名に置き換え、外部 ID が必要な場合はプロファイルに external_id を追加してください。
guide-cross-account-use-role-caption-test = ロールを引き受けられるかテストします
guide-cross-account-use-role-caption-kubeconfig = ロールを引き受けるプロファイルを作り、kubeconfig を作成します

guide-cross-account-federation-title = もう 1 つの方法: フェデレーション
guide-cross-account-federation-text =
    外部の人が自社の従業員であれば、フェデレーションを使うことで、アカウントをまたぐロールを 1 つずつ配る必要がなくなります。IAM Identity Center や、SAML 2.0 または OIDC に対応した ID プロバイダーを使うと、ユーザーは社内の ID でサインインし、クラスターのアカウントのロールを受け取ります。そのロールには、クラスターへのアクセスの手順と同じようにアクセスエントリを作成します。aws-auth を使う場合、IAM Identity Center のロールは aws-reserved のパスを除いて書く必要がある点にご注意ください。また Amazon EKS では、OIDC ID プロバイダーを Kubernetes のサインインに直接使うこともでき、その場合 IAM は関与しません。

guide-cross-account-review-access-title = 外部から引き受けられるロールを見直す
guide-cross-account-review-access-text =
    IAM Access Analyzer は、アカウントや組織の外部のプリンシパルがアクセスできるリソース (IAM ロールを含む) を報告します。{ $region } のアカウントアナライザーは、{ $target_role_name } のように信頼ポリシーで外部アカウントを許可しているロールごとに検出結果を作成します。検出結果を定期的に確認し、意図したものはアーカイブし、不要になった信頼は削除してください。アナライザーはアカウントとリージョンごとに 1 つあれば十分です。aws accessanalyzer list-analyzers で既に表示される場合は、最初のコマンドを省略してください。
guide-cross-account-review-access-caption = アカウントアナライザーを作成し、IAM ロールの検出結果を一覧表示します

## sts-region

guide-sts-region-cause-title = エラーの意味
guide-sts-region-cause-text =
    Pod が STS のグローバルエンドポイント https://sts.amazonaws.com にリクエストを送りましたが、その署名が us-east-1 以外のリージョン向けでした。グローバルエンドポイントは us-east-1 向けに署名されたリクエストしか受け付けないため、SignatureDoesNotMatch で拒否されます。EKS では、Pod Identity Webhook が SDK にリージョンエンドポイントを使うよう指示している (AWS_STS_REGIONAL_ENDPOINTS=regional を注入している) のに、アプリケーションが自らグローバルエンドポイントを指定している場合によく発生します。SDK が明示されたグローバルの URL とリージョン { $region } を組み合わせるため、署名が合わなくなります。

guide-sts-region-inspect-pod-title = サービスアカウントと Pod を確認する
guide-sts-region-inspect-pod-text =
    まずサービスアカウント { $service_account_namespace }/{ $service_account_name } を確認します。アノテーション eks.amazonaws.com/role-arn と、あれば eks.amazonaws.com/sts-regional-endpoints によって、Webhook が注入する内容が決まります。次に、このサービスアカウントを使う Pod の AWS_ で始まる変数を一覧表示します。AWS_ROLE_ARN と AWS_WEB_IDENTITY_TOKEN_FILE はサービスアカウントの IAM ロール (IRSA)、AWS_CONTAINER_CREDENTIALS_FULL_URI は EKS Pod Identity を示し、AWS_STS_REGIONAL_ENDPOINTS がエンドポイントの設定です。最後のブロックは実行中のコンテナ内の環境変数を読み取ります。イメージ側で独自に変数を設定している場合もあるためです。
guide-sts-region-inspect-pod-caption-sa = サービスアカウントとそのアノテーション
guide-sts-region-inspect-pod-caption-env = Pod の仕様にある AWS_ 変数
guide-sts-region-inspect-pod-caption-exec = 実行中のコンテナ内の AWS_ 変数

guide-sts-region-find-endpoint-title = アプリケーションがエンドポイントを設定している箇所を探す
guide-sts-region-find-endpoint-text =
    アプリケーションのコードと設定から、グローバルエンドポイントやエンドポイントの上書きを探します。よくあるのは、STS クライアント作成時の endpoint や endpoint_url の引数、独自の認証情報プロバイダー、環境変数 AWS_ENDPOINT_URL や AWS_ENDPOINT_URL_STS、イメージに組み込まれた設定ファイルの sts_regional_endpoints です。ソースツリーのルートでコマンドを実行し、Helm の values やマニフェストも確認してください。
guide-sts-region-find-endpoint-caption = ソースツリーから STS エンドポイントの設定を探します

guide-sts-region-fix-remove-global-title = 対処 1: グローバルエンドポイントの指定をやめる
guide-sts-region-fix-remove-global-text =
    最も確実な対処は、コードや設定から明示的なグローバルエンドポイントを削除し、SDK に選ばせることです。リージョンが設定され (AWS_REGION など)、リージョンエンドポイントが選択されていれば、SDK は { $region } の STS エンドポイントを呼び出し、そのリージョン向けに署名します。リージョンエンドポイントはレイテンシーが低く、あるリージョンの問題が他のリージョンに波及するのも防げます。変更後はアプリケーションを再ビルドし、再デプロイしてください。

guide-sts-region-fix-regional-title = 対処 2: リージョンエンドポイントを明示的に呼び出す
guide-sts-region-fix-regional-text =
    アプリケーションでエンドポイントを指定する必要がある場合は { $sts_regional_endpoint } を指定し、署名にも同じリージョン { $region } を使います。最初のコマンドで、このエンドポイントがお使いの認証情報で動作することを確認できます。アプリケーションが環境変数からエンドポイントを読み取る場合は、最近の SDK が対応している環境変数 AWS_ENDPOINT_URL_STS で、コードを変更せずに設定できます。リージョンエンドポイントを使うとアプリケーションが 1 つのリージョンに依存するため、リージョン障害に備える必要があれば代替リージョンを計画してください。また、そのリージョンで STS がアカウントに対して有効になっている必要があります。
guide-sts-region-fix-regional-caption-test = AWS CLI でリージョンエンドポイントを確認します
guide-sts-region-fix-regional-caption-env = STS をリージョンエンドポイントに向けるコンテナの環境変数

guide-sts-region-fix-annotate-title = 対処 3: グローバルエンドポイントに戻す
guide-sts-region-fix-annotate-text =
    すぐにアプリケーションを変更できない場合は、サービスアカウントに eks.amazonaws.com/sts-regional-endpoints を "false" としてアノテーションを付けます。これにより Webhook は AWS_STS_REGIONAL_ENDPOINTS=regional を注入しなくなり、デフォルトがレガシー動作の SDK は再び us-east-1 向けに署名してグローバルエンドポイントを使います。アノテーションは付与後に作成された Pod にだけ反映されるため、ワークロードを再起動してください。2 つ目のコマンドは、{ $service_account_name } として動く Pod を持つ Deployment を再起動します。StatefulSet や DaemonSet も同様に再起動してください。新しいバージョンの SDK は設定にかかわらずリージョンエンドポイントをデフォルトとするため、これは一時的な回避策と考え、対処 1 または 2 を計画してください。
guide-sts-region-fix-annotate-caption-annotate = サービスアカウントにアノテーションを付けます
guide-sts-region-fix-annotate-caption-restart = このサービスアカウントを使う Deployment を再起動します

guide-sts-region-version-default-title = 今になって発生した理由: 1.22 の変更と SDK のデフォルト
guide-sts-region-version-default-text =
    Kubernetes 1.22 より前のクラスターでは、サービスアカウントはデフォルトでグローバルエンドポイントを使う設定でしたが、1.22 以降のクラスターではデフォルトでリージョンエンドポイントを使います。そのため、1.22 以降へのアップグレードや新しいクラスターへのワークロードの移行によって、コードを変えていないのにこのエラーが表面化することがあります。SDK は設定ファイルの sts_regional_endpoints または環境変数 AWS_STS_REGIONAL_ENDPOINTS (値は legacy または regional) に従います。新しい SDK のメジャーバージョンは regional がデフォルトで、AWS CLI v1 1.42.0 と boto3 1.40.0 は 2025 年 7 月 31 日に切り替わりました。2 つ目のコマンドはクラスターのヘルスの問題を一覧表示します。StsRegionalEndpointDisabled がある場合は、アカウントでリージョンの STS エンドポイントが無効になっており、IAM 管理者がアカウント設定で変更できます。
guide-sts-region-version-default-caption = クラスターのバージョンと、ヘルスの問題

## 公式ページへのリンク

link-eks-troubleshoot-iam = Amazon EKS: IAM のトラブルシューティング
link-iam-troubleshoot-access-denied = IAM: アクセス拒否エラーメッセージのトラブルシューティング
link-eks-id-based-policies = Amazon EKS でのアイデンティティベースのポリシーの例
link-service-authorization-eks = Amazon EKS のアクション、リソース、および条件キー
link-iam-policy-evaluation = IAM ポリシーの評価論理
link-iam-permissions-boundaries = IAM エンティティのアクセス許可の境界
link-organizations-scps = AWS Organizations: サービスコントロールポリシー
link-eks-view-resources = Amazon EKS: コンソールで Kubernetes リソースを表示する
link-eks-grant-k8s-access = Amazon EKS: IAM ユーザーとロールに Kubernetes API へのアクセスを付与する
link-eks-auth-mode = Amazon EKS: アクセスエントリを使うように認証モードを変更する
link-eks-access-entries = Amazon EKS: アクセスエントリ
link-eks-create-access-entries = Amazon EKS: アクセスエントリを作成する
link-eks-access-policies = Amazon EKS: アクセスエントリにアクセスポリシーを関連付ける
link-eks-access-policy-permissions = Amazon EKS: アクセスポリシーのアクセス許可
link-eks-aws-auth = Amazon EKS: aws-auth ConfigMap
link-iam-identifiers = IAM ID: ARN、パス、一意の ID
link-iam-passrole = IAM: AWS サービスにロールを渡すアクセス許可を付与する
link-eks-cluster-role = Amazon EKS クラスターの IAM ロール
link-eks-node-role = Amazon EKS ノードの IAM ロール
link-eks-fargate-role = Amazon EKS Pod 実行 IAM ロール (Fargate)
link-eks-pod-identity-role = Amazon EKS: EKS Pod Identity 用の IAM ロールの信頼ポリシー
link-iam-cross-account = IAM: 所有している別の AWS アカウントのユーザーへのアクセス付与
link-iam-third-party = IAM: サードパーティーが所有する AWS アカウントへのアクセス付与
link-iam-external-id = IAM: サードパーティーへのアクセス付与での外部 ID の使用
link-eks-kubeconfig = Amazon EKS: kubeconfig ファイルを作成または更新する
link-iam-federation = IAM: 外部で認証されたユーザーへのアクセス付与 (フェデレーション)
link-access-analyzer = IAM Access Analyzer とは
link-eks-sts-endpoint = Amazon EKS: サービスアカウントの STS エンドポイントを設定する
link-sdk-sts-regional = AWS SDK とツール: AWS STS のリージョンエンドポイント
link-iam-sts-regions = IAM: AWS リージョンでの AWS STS の管理
