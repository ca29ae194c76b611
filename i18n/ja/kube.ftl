# Kubernetes 側: EKS のベアラートークンと、クラスター自身に問い合わせるプローブ。

cli-token-about = `aws eks get-token` と同じように、--cluster 用の EKS ベアラートークンを含む ExecCredential を出力します。kubeconfig の exec プラグインとして使えます。プローブと同じ AWS 認証情報を使い、ほかの秘密情報は出力しません。
token-error-no-cluster = トークンの対象となるクラスターを --cluster で指定してください。
token-error-aws = トークンを作成できませんでした: { $details }
token-error-signing = トークンに署名できませんでした: { $details }
token-warning-exec-info-malformed = KUBERNETES_EXEC_INFO を読み取れなかったため、{ $version } で応答します。Kubernetes クライアントの不具合と考えられます。更新してください。
token-warning-exec-info-unrecognized = KUBERNETES_EXEC_INFO で、このツールが知らない API バージョンが指定されているため、{ $version } で応答します。eks-iam-tui を更新してください。
token-warning-exec-info-deprecated = kubeconfig のユーザーエントリが、非推奨の API バージョン { $version } を使っています。aws eks update-kubeconfig を実行して更新してください。

## Kubernetes 側のプローブ
probe-k8s-identity-title = Kubernetes から見た呼び出し元
probe-k8s-permissions-title = Kubernetes が許可する操作
probe-aws-auth-live-title = クラスター内の aws-auth
probe-sts-region-pod-title = サービスアカウントの STS 設定
probe-skip-no-endpoint = スキップ: { $cluster } にはまだ API エンドポイントと CA がありません (作成中ではありませんか)。
probe-skip-no-kubernetes = スキップ: クラスターが呼び出し元を受け付けなかったため、これ以上は確認できません。
probe-skip-no-service-account = スキップ: サービスアカウントが指定されていません (--service-account 名前空間/名前)。
probe-k8s-identity-ok = Kubernetes は呼び出し元を { $username } (グループ: { $groups }) と見ています。
probe-k8s-identity-unauthorized = クラスター { $cluster } は 401 を返しました。{ $principal } はどの Kubernetes ユーザーにも対応付けられていません。
probe-k8s-permissions-ok = { $count ->
   *[other] 確認した { $count } 件はすべて許可されています。
}
probe-k8s-permissions-denied = { $count ->
   *[other] 確認した { $total } 件のうち { $count } 件が許可されていません。
}
probe-aws-auth-live-absent = { $cluster } には aws-auth ConfigMap がありません。
probe-aws-auth-live-read = aws-auth を読みました ({ $entries } エントリ): { $count ->
    [0] 直すところはありません。
   *[other] 指摘が { $count } 件あります。
}
probe-sts-region-pod-missing = サービスアカウント { $account } は存在しません。
probe-sts-region-pod-no-irsa = { $account } には IAM ロールのアノテーションがなく、このサービスアカウントからは IRSA の認証情報が得られません。
probe-sts-region-pod-regional = { $account } の Pod は { $role } を引き受け、リージョンの STS エンドポイントを使うよう指示されます。
probe-sts-region-pod-legacy = { $account } の Pod は { $role } を引き受け、STS エンドポイントは SDK の既定のままです。

cluster-error-kubernetes-no-endpoint = DescribeCluster が { $cluster } の API エンドポイントか CA を返しませんでした。
cluster-advice-kubernetes-no-endpoint = クラスターが ACTIVE になるのを待ってから、もう一度確認してください。
cluster-error-kubernetes-private-endpoint = { $cluster } の API エンドポイントはプライベートのみで、ここからは応答がありませんでした。
cluster-advice-kubernetes-private-endpoint = クラスターの VPC 内 (踏み台ホスト、VPN、Direct Connect 経由) からツールを実行するか、パブリックエンドポイントアクセスを有効にしてください。
cluster-error-kubernetes-untrusted = API サーバーの証明書が、DescribeCluster の返したクラスター CA と一致しません ({ $detail })。
cluster-advice-kubernetes-untrusted = TLS を検査するプロキシが間にある可能性があります。プロキシを通さずに接続するか、エンドポイントをコンソールの表示と比べてください。
cluster-error-kubernetes-forbidden = Kubernetes はこの読み取りを許可しません。「{ $message }」(Kubernetes の原文)。
cluster-advice-kubernetes-forbidden = そのオブジェクトを読み取れる人に kubectl で保存して共有してもらってください。aws-auth のコピーは aws-auth 画面 (a) か eks-iam-tui lint-aws-auth で開けます。
cluster-error-kubernetes-status = Kubernetes が { $code } { $reason } を返しました。「{ $message }」(Kubernetes の原文)。
cluster-advice-kubernetes-status = コンソールでクラスターの状態を確かめてから、もう一度確認してください。
aws-error-clock-skew = このコンピューターの時計は AWS より { $minutes } 分{ $direction ->
    [ahead] 進んで
   *[behind] 遅れて
}いるため、クラスターはトークンを拒否します。
aws-advice-clock-skew = 時計を合わせてから (NTP を有効にする、timedatectl set-ntp true など)、もう一度確認してください。

finding-clock-skew-title = この端末の時計が大きくずれています
finding-clock-skew-detail = この端末の時計は AWS より { $minutes } 分{ $direction ->
    [ahead] 進んで
   *[behind] 遅れて
}います。トークンは署名時刻から 15 分以内しか受け付けられないため、対応付けられたプリンシパルでも Kubernetes は 401 を返します。
finding-clock-skew-fix = 時計を (NTP で) 合わせてから、もう一度確認してください。
finding-kubernetes-private-endpoint-title = API エンドポイントがプライベートです
finding-kubernetes-private-endpoint-detail = { $cluster } は VPC 内からの Kubernetes 呼び出ししか受け付けないため、ここからは Kubernetes 側の確認ができませんでした。
finding-kubernetes-private-endpoint-fix = VPC 内のホストからツールを実行するか、自分のアドレス範囲にパブリックアクセスを許可してください。
finding-kubernetes-untrusted-title = API サーバーを信頼できませんでした
finding-kubernetes-untrusted-detail = エンドポイントが示した証明書は、クラスターの CA が発行したものではありませんでした。
finding-kubernetes-untrusted-fix = TLS を検査するプロキシを通さずに接続し、もう一度確認してください。
finding-kubernetes-forbidden-title = 確認に必要なものを Kubernetes から読み取れません
finding-kubernetes-forbidden-detail = 「{ $probe ->
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
    }」の確認は RBAC に拒否されました。対応付けはされていますが、{ $probe ->
    [aws-auth-live] kube-system/aws-auth
    [sts-region-pod] そのサービスアカウント
   *[other] そのオブジェクト
}を読み取るアクセス許可がありません。
finding-kubernetes-forbidden-fix = { $probe ->
    [aws-auth-live] 読み取れる人に kubectl get configmap aws-auth -n kube-system -o yaml を実行してもらい、そのファイルを aws-auth 画面 (a) か eks-iam-tui lint-aws-auth に渡してください。
    [sts-region-pod] 読み取れる人に kubectl get serviceaccount -n 名前空間 名前 -o yaml を実行してもらい、eks.amazonaws.com のアノテーションを確認してください。
   *[other] 読み取れる人に kubectl で読み取ってもらってください。
}
finding-k8s-not-mapped-title = Kubernetes はこのプリンシパルを知りません
finding-k8s-not-mapped-detail = クラスター { $cluster } (認証モード { $mode }) は { $principal } に 401 を返しました。{ $mode ->
    [CONFIG_MAP] 対応付けられるのは aws-auth だけですが、{ $aws_auth_arn } に一致するエントリがありません。
    [API] ここではアクセスエントリだけが有効ですが、このプリンシパルのエントリがありません。
   *[other] { $aws_auth_arn } に一致するアクセスエントリも aws-auth のエントリもありません。
}{ $path ->
    [some] ロールにはパスがあります。aws-auth にはパスを除いて、アクセスエントリにはパス付きで書きます。
    [unknown] ロールのパスを読み取れませんでした (iam:GetRole)。アクセスエントリには、IAM が示すとおりパスを含めた ARN が必要です。
   *[none] {""}
}
finding-k8s-not-mapped-fix = { $mode ->
    [CONFIG_MAP] { $aws_auth_arn } の aws-auth エントリを追加するか (下のコマンド)、クラスターを API_AND_CONFIG_MAP に移行してプリンシパルにアクセスエントリを付けてください。
    [API] プリンシパルにアクセスエントリとアクセスポリシーを付けてください (下のコマンド)。このモードでは aws-auth は読まれません。
   *[other] プリンシパルにアクセスエントリとアクセスポリシーを付けるか (下のコマンド)、{ $aws_auth_arn } の aws-auth エントリを追加してください。
}
finding-k8s-system-masters-title = 呼び出し元が system:masters に属しています
finding-k8s-system-masters-detail = { $username } は system:masters に属しています。このグループは RBAC を完全に迂回し、制限できません。
finding-k8s-system-masters-fix = 監査や削除ができる、AmazonEKSClusterAdminPolicy 付きのアクセスエントリを使うことをおすすめします。
finding-k8s-view-policy-no-nodes-title = AmazonEKSViewPolicy はノードを含みません
finding-k8s-view-policy-no-nodes-detail = Kubernetes は { $username } によるノードの一覧を拒否しました。{ $principal } のアクセスポリシーには AmazonEKSViewPolicy があり、ノードを含むものはありません (AmazonEKSViewPolicy はノードを含みません)。そのため、コンソールの [コンピューティング] タブは空のままです。
finding-k8s-view-policy-no-nodes-fix = AmazonEKSAdminViewPolicy をクラスタースコープで関連付けてください (下のコマンド)。
finding-k8s-nodes-denied-title = Kubernetes がノードの一覧を許可しません
finding-k8s-nodes-denied-detail = { $username } (グループ: { $groups }) はノードを一覧できません。許可するアクセスポリシーも RBAC のバインディングもありません。{ $entry ->
    [missing] アクセスエントリはなく、aws-auth で対応付けられています。新しいエントリは aws-auth より優先されるため、RBAC がバインドしている Kubernetes グループを付ける必要があります。
    [not-read] このクラスターは aws-auth だけを読む (CONFIG_MAP) ため、許可は RBAC で与える必要があります。
   *[other] {""}
}
finding-k8s-nodes-denied-fix = AmazonEKSAdminViewPolicy を関連付けるか、AWS が公開しているコンソール用 RBAC を適用して、プリンシパルをそのグループ eks-console-dashboard-full-access-group に対応付けてください。
finding-k8s-access-denied-title = 許可されていない操作があります
finding-k8s-access-denied-detail = { $count ->
   *[other] { $username } に許可されていない操作: { $checks } (計 { $count } 件)。
}
finding-k8s-access-denied-fix = アクセスポリシーか RBAC の (Cluster)RoleBinding で許可してください。自分に許可された操作は下のコマンドで一覧できます。
finding-aws-auth-live-missing-title = クラスターに aws-auth ConfigMap がありません
finding-aws-auth-live-missing-detail = { $cluster } は CONFIG_MAP だけで認証しているのに、kube-system/aws-auth がありません。ノードは参加できず、作成者以外は誰も対応付けられていません。
finding-aws-auth-live-missing-fix = ノードロールを含む aws-auth を作成するか、クラスターを API_AND_CONFIG_MAP に切り替えてアクセスエントリを使ってください。
finding-aws-auth-live-problems-title = クラスターの aws-auth に誤りがあります
finding-aws-auth-live-problems-detail = { $count ->
   *[other] 意図と違う読まれ方をするエントリが { $count } 件あります: { $items }。
}
finding-aws-auth-live-problems-fix = マップを保存して lint にかけると修正後のエントリが得られます (下のコマンド)。aws-auth 画面 (a) で開くこともできます。
finding-service-account-not-found-title = サービスアカウントが存在しません
finding-service-account-not-found-detail = サービスアカウント { $account } はありません。これを指定した Pod は作成されません。
finding-service-account-not-found-fix = Pod の定義が使っている名前空間と名前を確認してください。
finding-service-account-no-irsa-title = サービスアカウントに IAM ロールがありません
finding-service-account-no-irsa-detail = { $account } には eks.amazonaws.com/role-arn アノテーションがないため、このサービスアカウントからは Web ID の認証情報が得られません (EKS Pod Identity かノードロールが使われることがあります)。
finding-service-account-no-irsa-fix = 引き受けるロールをアノテーションで指定するか、EKS Pod Identity の関連付けを確認してください。
finding-pod-sts-regional-injected-title = Pod はリージョンの STS エンドポイントを使うよう指示されています
finding-pod-sts-regional-injected-detail = { $account } の Pod は { $role } を引き受け、AWS_STS_REGIONAL_ENDPOINTS=regional が注入されます。{ $region ->
    [us-east-1] us-east-1 ではグローバルエンドポイントも同じ署名を受け付けるため、この設定だけで SignatureDoesNotMatch になることはありません。
   *[other] { $region } 向けに署名しながら https://sts.amazonaws.com を呼ぶコードは SignatureDoesNotMatch になります。
}
finding-pod-sts-regional-injected-fix = 最善は { $region } のリージョンエンドポイントを呼ぶことです。当面の回避策はアノテーションを "false" にして Pod を作り直すことです (下のコマンド)。
cli-arg-diagnose-aws-auth = Kubernetes の 401 を説明するための aws-auth ConfigMap (ファイル、または標準入力の -)。呼び出し元のためのエントリと、それが一致しない理由を示します
finding-k8s-aws-auth-near-miss-title = このプリンシパル向けの aws-auth エントリが一致していません
finding-k8s-aws-auth-near-miss-detail = 指定された aws-auth の { $key } のエントリ { $index } ({ $entry_arn }) はこのプリンシパル向けですが、{ $reason ->
    [path] ロールのパスが含まれています。オーセンティケーターはパスを比較しません。
    [assumed-role] ロールではなくセッション (assumed-role) の ARN が書かれています。
    [other-path] ユーザーのパスが異なります (ユーザー ARN はパスを含めて比較されます)。
    [other-account] 別のアカウントのものです。
    [other-partition] 別のパーティションのものです。
    [section-ignored] そのセクションは読み込まれません。
    [entry-dropped] 形式が正しくないため、オーセンティケーターはそのエントリを捨てます。
    [shadowed] 後にある重複エントリが優先されます。
    [wildcard] パターン (* または ?) になっていますが、オーセンティケーターは ARN を文字列としてそのまま比較します。
   *[arn-text] オーセンティケーターが比較する形で ARN が書かれていません。
}
finding-k8s-aws-auth-near-miss-fix = エントリの ARN を { $suggestion } と書いてください (aws-auth 画面 (a) で修正後のエントリ全体を確認できます)。
finding-k8s-aws-auth-not-used-title = 指定された aws-auth では対応付けられますが、クラスターは対応付けませんでした
finding-k8s-aws-auth-not-used-detail = 指定された aws-auth の { $key } のエントリ { $index } はこのプリンシパルに一致しますが、クラスターは 401 を返しました。{ $mode ->
    [API] 認証モード API のクラスターは aws-auth をまったく読みません。
   *[other] クラスター自身の kube-system/aws-auth はこのコピーと同じではありません。
}
finding-k8s-aws-auth-not-used-fix = { $mode ->
    [API] 代わりにプリンシパルにアクセスエントリを付けてください。
   *[other] kubectl get configmap aws-auth -n kube-system -o yaml と比べ、エントリをクラスター側に反映してください。
}
finding-k8s-asked-as-caller-title = クラスターへの問い合わせは、対象のプリンシパルではなく呼び出し元として行われました
finding-k8s-asked-as-caller-detail = Kubernetes 側のチェックはこのツールを実行している認証情報を使うため、クラスターが { $caller } をどう見ているかを示します。調べている対象は { $subject } で、その結果は異なる場合があります。
finding-k8s-asked-as-caller-fix = { $subject } についてのクラスターの答えを見るには、その認証情報 (--profile) でチェックを実行するか、そのアクセスエントリと aws-auth のエントリを呼び出し元のものと比べてください。
finding-k8s-asked-as-kubectl-title = クラスターには kubectl の ID として問い合わせました
finding-k8s-asked-as-kubectl-detail = kubectl のコンテキスト { $context } は、AWS 側のチェックが使う { $checks } ではなく { $kubectl } として署名します。そのため Kubernetes 側のチェックは { $kubectl } としてクラスターに問い合わせました。その結果は kubectl が受け取るものと同じです。
finding-k8s-asked-as-kubectl-fix = kubectl を { $checks } として使うつもりなら、その ID でコンテキストを書き直してください (kubeconfig のチェックがコマンドを示します)。そうでなければ { $kubectl } にクラスターへのアクセスを付与してください。
finding-k8s-kubectl-role-not-assumed-title = kubectl のロールではなく呼び出し元として問い合わせました
finding-k8s-kubectl-role-not-assumed-detail = kubectl のコンテキスト { $context } は、署名する前に { $role } を引き受けます。チェックは承認なしにロールを引き受けないため、Kubernetes 側のチェックはクラスターが { $caller } をどう見ているかを示しています。kubectl が受け取る結果とは異なる場合があります。
finding-k8s-kubectl-role-not-assumed-fix = AssumeRole を許可して (--assume) チェックをもう一度実行すると、{ $role } としてクラスターに問い合わせます。
finding-k8s-kubectl-role-not-assumed-fix-wizard = チェック画面で a を押して y と答えると、{ $role } としてクラスターに問い合わせます。
finding-k8s-kubectl-cannot-sign-title = kubectl と同じ方法で署名できませんでした
finding-k8s-kubectl-cannot-sign-detail = kubectl のコンテキスト { $context } は { $kubectl } として署名しますが、ここではその認証情報を使えませんでした (理由は上に示しています)。kubectl 自身も、クラスターに届く前に同じ理由で失敗する可能性があります。
finding-k8s-kubectl-cannot-sign-fix = { $kubectl } が単独で使えるかを確認してください。プロファイルが存在して認証情報を持っているか、ロールの信頼ポリシーがそのプロファイルからの引き受けを許可しているかを確かめます。
cluster-error-kubernetes-unreachable = { $cluster } の API エンドポイントから、ここでは応答がありませんでした。
cluster-advice-kubernetes-unreachable = クラスターのパブリックアクセス CIDR (publicAccessCidrs) と、エンドポイントまでの間にあるファイアウォールやプロキシを確認してください。
finding-kubernetes-unreachable-title = API エンドポイントが応答しませんでした
finding-kubernetes-unreachable-detail = { $cluster } はパブリックエンドポイントアクセスが有効ですが、ここからは Kubernetes API の応答がなく、Kubernetes 側の確認ができませんでした。
finding-kubernetes-unreachable-fix = publicAccessCidrs に自分のアドレスが含まれているか、途中にファイアウォールやプロキシがないかを確認してください (CIDR は aws eks describe-cluster で確認できます)。
cluster-error-unparseable = API サーバーの応答を読み取れませんでした (HTTP { $status })。
cluster-advice-unparseable = プロキシやロードバランサー、誤ったエンドポイントなど、クラスターの API サーバー以外のものが応答している可能性があります。プロキシの設定と、DescribeCluster が返すエンドポイントを確認してください。
cluster-error-response-too-large = API サーバーの応答が { $limit } MiB を超えました。このチェックに必要な応答よりはるかに大きいため、それ以上は読み取っていません。
cluster-advice-response-too-large = プロキシや誤ったエンドポイントなど、クラスターの API サーバー以外のものが応答している可能性があります。プロキシの設定と、DescribeCluster が返すエンドポイントを確認してください。

finding-k8s-asked-as-caller-fix-wizard = { $subject } についてのクラスターの答えを見るには、F6 でそのプロファイルを選んでチェックをもう一度実行するか、そのアクセスエントリと aws-auth のエントリを呼び出し元のものと比べてください。
