# ライブ確認 (プローブ): 見つかったこと、確認できなかった理由、diagnose コマンド。

## コマンドラインの diagnose
cli-diagnose-about = 症状の原因のうちどれに当てはまるかを AWS に (読み取りのみで) 問い合わせ、根拠・検出事項・手順を表示します。
cli-arg-assume = 対象ロール、または Kubernetes 側のチェックのために kubectl の exec プラグインが引き受けるロールへの sts:AssumeRole を許可します (読み取り以外で唯一の呼び出しです)
cli-arg-connect-timeout-ms = 接続を待つ時間 (ミリ秒、既定 3000)
cli-arg-call-timeout-ms = AWS の呼び出し 1 回あたりの上限時間 (ミリ秒、既定 10000)
diagnose-heading-probes = 確認項目
diagnose-heading-findings = 検出事項
diagnose-heading-steps = 手順
diagnose-outcome-ok = 問題なし
diagnose-outcome-problem = 問題あり
diagnose-outcome-unknown = 確認できません
diagnose-outcome-skipped = 実行せず
diagnose-fix = 対処
diagnose-severity-error = エラー
diagnose-severity-warning = 警告
diagnose-severity-info = 注記
aws-error-with-advice = { $cause }{ $advice }
diagnose-no-findings = 確認できた範囲では問題は見つかりませんでした。
diagnose-region-source = リージョン: { $region } · プロファイル: { $profile }

## 確認項目の名前
probe-identity-title = 呼び出し元
probe-role-path-title = ロールとパス
probe-cluster-title = クラスター
probe-console-permissions-title = コンソールのアクセス許可
probe-access-entries-title = アクセスエントリ
probe-pass-role-title = ロールの受け渡し
probe-cross-account-title = クロスアカウントの信頼
probe-sts-endpoints-title = STS エンドポイント

## 要約
probe-summary-unknown = 確認できませんでした。
probe-summary-skipped = 実行していません。
probe-skip-dependency = 「{ $probe ->
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
    }」の確認結果が得られなかったため、実行していません。
probe-skip-no-principal = 確認するプリンシパルがないため、実行していません。
probe-skip-no-cluster = クラスター名 (--cluster) が指定されていないため、実行していません。
probe-skip-cannot-simulate = ポリシーシミュレーターはルートやフェデレーションユーザーを評価できないため、実行していません。
probe-skip-config-map-only = クラスターが CONFIG_MAP のみを使用しており、アクセスエントリは使われないため、実行していません。
probe-skip-no-target = 対象ロールの ARN (--target-role-arn) が指定されていないため、実行していません。
probe-skip-other-account = 対象ロールが別のアカウントにあり、このアカウントからは読めないため、実行していません。
probe-skip-cross-account-confirm = ロールの信頼ポリシーは別のアカウントにあります。確認するには AssumeRole を許可してください (--assume、または画面での確認)。
probe-identity-ok = 呼び出し元は { $arn } ({ $kind }) です。
probe-identity-ok-role-profile = 呼び出し元は { $arn } ({ $kind }) です。この認証情報はプロファイル { $profile } から得たものです。このプロファイルには role_arn があるため、チェックを始める前に認証情報チェーンが { $role } に対して sts:AssumeRole を呼び出しました (AWS CLI と同じ動作です)。
probe-role-path-not-role = { $arn } はロールではありません。aws-auth と IAM ではこの ARN をそのまま使います。
probe-role-path-missing = ロール { $name } はこのアカウントに存在しません。
probe-role-path-ok = 実際のロール ARN は { $arn } です。
probe-role-path-has-path = ロールにパスがあります: { $arn }。aws-auth には { $aws_auth_arn } と書く必要があります。
probe-cluster-ok = クラスター { $name }: { $status }、認証モード { $mode } です。
probe-cluster-missing = { $region } にクラスター { $name } はありません。
probe-cluster-denied = { $principal } には { $action } の呼び出しが許可されていません。
probe-console-permissions-ok = コンソールに必要な { $count } 個のアクセス許可はすべて許可されています。
probe-console-permissions-missing = コンソールに必要なアクセス許可のうち { $count } 個が許可されていません。
probe-access-entries-none = { $principal } には { $cluster } のアクセスエントリがありません。
probe-access-entries-found = { $count ->
    [0] { $principal } にはアクセスエントリがありますが、アクセスポリシーは関連付けられていません。
   *[other] { $principal } にはアクセスエントリがあり、アクセスポリシーは { $count } 個です。
}
probe-access-entries-no-nodes = { $principal } のアクセスエントリでは、コンソールがノードを一覧できません。
probe-pass-role-missing = ロール { $arn } は存在しません。
probe-pass-role-ok = { $arn } は { $service } に渡せます。
probe-pass-role-untrusted = { $arn } は EKS 関連のサービスを信頼していません。
probe-pass-role-denied = { $principal } は { $arn } を渡すことができません。
probe-cross-account-ok = { $arn } の信頼ポリシーは求められた内容を許可しています。
probe-cross-account-untrusted = { $arn } はアカウント { $account } を信頼していません。
probe-cross-account-missing = ロール { $arn } は存在しません。
probe-cross-account-denied = { $arn } への AssumeRole は拒否されました。
probe-sts-endpoints-ok = STS は { $region } で応答しています。
probe-sts-endpoints-global = 使用中の STS エンドポイントはグローバルエンドポイントです。これは us-east-1 の署名しか受け付けず、{ $region } の署名は受け付けません。

## 確認できなかった理由と対処
aws-error-no-region = AWS リージョンが設定されていません。
aws-advice-no-region = --region を指定するか、AWS_REGION またはプロファイルの region を設定してください。
aws-error-no-credentials = AWS の認証情報が見つかりません。
aws-advice-no-credentials = サインイン (aws sso login、aws configure) するか、--profile でプロファイルを選んでください。
aws-error-profile-not-found = プロファイル { $profile } は AWS の設定ファイルに定義されていません。
aws-advice-profile-not-found = 名前を確認する (aws configure list-profiles で一覧できます) か、--profile で別のプロファイルを指定してください。
aws-error-expired-token = 認証情報の有効期限が切れています ({ $code })。
aws-advice-expired-token = もう一度サインインするかセッションを更新してから、再実行してください。
aws-error-invalid-credentials = AWS がこの認証情報を受け付けません ({ $code })。
aws-advice-invalid-credentials = アクセスキーと使用中のプロファイルを確認してください。
aws-error-access-denied = { $principal } には { $resource } に対する { $action } が許可されていません。{ $has_reason ->
    [yes] 理由:「{ $reason }」(AWS の原文)。
   *[no] {""}
}
aws-advice-access-denied = この確認にはそのアクセス許可が必要です。管理者に依頼するか、別のロールで実行してください。
aws-error-cluster-not-found = このリージョンにクラスター { $name } はありません。
aws-advice-cluster-not-found = 名前とリージョンを確認してください。
aws-error-not-found = 見つかりません ({ $code })。「{ $message }」(AWS の原文)。
aws-advice-not-found = 名前とアカウントを確認してください。
aws-error-throttled = AWS がリクエストを制限しました ({ $code })。
aws-advice-throttled = 少し待ってから再実行してください。
aws-error-server-error = AWS がサーバーエラーを返しました (HTTP { $status })。
aws-advice-server-error = AWS 側の問題です。しばらくしてから再実行してください。
aws-error-signature-mismatch = 署名が拒否されました。「{ $message }」(AWS の原文)。
aws-advice-signature-mismatch = エンドポイントと、署名に使われているリージョンを確認してください。
aws-error-timeout = エンドポイントが時間内に応答しませんでした。
aws-advice-timeout = ネットワーク、プロキシ、VPC エンドポイントを確認してください。上限は --connect-timeout-ms と --call-timeout-ms で延ばせます。
aws-error-connection-refused = エンドポイントが接続を拒否しました。
aws-advice-connection-refused = AWS_ENDPOINT_URL とプロキシの設定を確認してください。
aws-error-dns = エンドポイントの名前を解決できませんでした。
aws-advice-dns = DNS、リージョン名、AWS_ENDPOINT_URL を確認してください。
aws-error-network = ネットワークエラーが発生しました: { $detail }
aws-advice-network = ネットワークとプロキシの設定を確認してください。
aws-error-unparseable = 応答を読み取れませんでした (HTTP { $status })。
aws-advice-unparseable = プロキシや誤ったエンドポイントなど、AWS 以外のものが応答している可能性があります。
aws-error-response-too-large = 応答が { $limit } MiB を超えました。このチェックに必要な応答よりはるかに大きいため、それ以上は読み取っていません。
aws-advice-response-too-large = AWS や API サーバー以外のもの (プロキシや誤ったエンドポイントなど) が応答している可能性があります。AWS_ENDPOINT_URL、プロキシの設定、クラスターのエンドポイントを確認してください。
aws-error-refused = { $operation } は拒否されました。このツールは読み取りのみを行います。
aws-advice-refused = 変更が必要な場合は、表示されたコマンドをご自身で実行してください。
aws-error-unexpected = AWS が { $code } を返しました。「{ $message }」(AWS の原文)。
aws-advice-unexpected = 再実行してください。続く場合はこのメッセージをチケットに含めてください。

## 検出事項: 見出し、詳細、対処
finding-region-missing-title = AWS リージョンが設定されていません
finding-region-missing-detail = リージョンの指定 (--region、AWS_REGION、AWS_DEFAULT_REGION、プロファイルの region) がないため、リージョン単位の確認ができません。
finding-region-missing-fix = --region にクラスターのリージョンを指定するか、AWS_REGION を設定してください。
finding-credentials-missing-title = AWS の認証情報がありません
finding-credentials-missing-detail = 標準の取得順序 (環境変数、プロファイル、SSO、Web ID、コンテナ、インスタンスメタデータ) のどこにも認証情報がありませんでした。
finding-credentials-missing-fix = aws sso login または aws configure でサインインするか、--profile でプロファイルを選んでください。
finding-credentials-expired-title = 認証情報の有効期限が切れています
finding-credentials-expired-detail = AWS はセッショントークンを期限切れとして拒否しています。
finding-credentials-expired-fix = もう一度サインイン (SSO の場合は aws sso login) してから再実行してください。
finding-credentials-invalid-title = 認証情報が無効です
finding-credentials-invalid-detail = AWS はこのアクセスキーまたはトークンを認識していません。
finding-credentials-invalid-fix = 使用中のプロファイルとキーを確認してください (aws configure list)。
finding-endpoint-unreachable-title = AWS に接続できませんでした
finding-endpoint-unreachable-detail = エンドポイントがタイムアウトしたか、接続を拒否したか、名前を解決できませんでした。
finding-endpoint-unreachable-fix = ネットワーク接続、プロキシ設定、VPC エンドポイント、AWS_ENDPOINT_URL を確認してください。
finding-aws-auth-role-path-title = ロール ARN のパスのため aws-auth で一致しません
finding-aws-auth-role-path-detail = ロールは { $role_arn } です。aws-auth はセッションのロールをパスなしで照合するため、パス付きのエントリは一致しません。
finding-aws-auth-role-path-fix = mapRoles にはパスを除いた { $aws_auth_arn } と書いてください。または、完全な ARN でアクセスエントリを作成してください。
finding-aws-auth-sso-role-title = IAM Identity Center のロールがパス付きで書かれています
finding-aws-auth-sso-role-detail = ロールは { $role_arn } です。aws-auth には aws-reserved のパスを除いた形で書く必要があります。
finding-aws-auth-sso-role-fix = mapRoles には { $aws_auth_arn } と書いてください。
finding-role-not-found-title = ロールが存在しません
finding-role-not-found-detail = アカウント { $account } にロール { $name } はありません。
finding-role-not-found-fix = ロール名と、認証情報がどのアカウントのものかを確認してください。
finding-cluster-not-found-title = クラスターが見つかりません
finding-cluster-not-found-detail = { $region } にクラスター { $name } はありません。{ $suggestion_count ->
    [0] 似た名前のクラスターもありません。
   *[other] 近い名前: { $suggestions }。
}
finding-cluster-not-found-fix = クラスター名とリージョンを確認してください。
finding-cluster-access-denied-title = EKS の呼び出しが拒否されています
finding-cluster-access-denied-detail = { $principal } には { $resource } に対する { $action } が許可されていません。{ $has_reason ->
    [yes] 理由:「{ $reason }」(AWS の原文)。
   *[no] {""}
}
finding-cluster-access-denied-fix = アイデンティティベースのポリシーでクラスターに対するこのアクションを許可してください。理由に明示的な拒否 (SCP、アクセス許可の境界、セッションポリシー) とある場合は、先にその拒否を変更する必要があります。
finding-cluster-not-active-title = クラスターがアクティブではありません
finding-cluster-not-active-detail = クラスター { $name } の状態は { $status } です。
finding-cluster-not-active-fix = ACTIVE になるまで待つか、ヘルスの問題を確認してください。
finding-cluster-config-map-only-title = クラスターは aws-auth のみを使用しています
finding-cluster-config-map-only-detail = クラスター { $name } の認証モードは CONFIG_MAP で、アクセスエントリは使われません。
finding-cluster-config-map-only-fix = aws-auth にプリンシパルを追加するか、モードを API_AND_CONFIG_MAP に変更して (元には戻せません) アクセスエントリを使ってください。
finding-sts-regional-endpoint-disabled-title = リージョンの STS エンドポイントが無効です
finding-sts-regional-endpoint-disabled-detail = クラスターが { $region } について StsRegionalEndpointDisabled を報告しています。
finding-sts-regional-endpoint-disabled-fix = IAM コンソールの「アカウント設定」で { $region } の STS を有効にしてください。
finding-console-permissions-missing-title = コンソールに必要な IAM アクセス許可が不足しています
finding-console-permissions-missing-detail = { $principal } に許可されていないもの: { $actions }。
finding-console-permissions-missing-fix = これらのアクションを許可するポリシーを追加してください (下のコマンド)。
finding-console-permissions-explicit-deny-title = 明示的な拒否がコンソールを妨げています
finding-console-permissions-explicit-deny-detail = { $principal } に明示的に拒否されているもの: { $actions }。
finding-console-permissions-explicit-deny-fix = 拒否 (アイデンティティポリシー、アクセス許可の境界、SCP) を見つけて範囲を狭めてください。許可で上書きすることはできません。
finding-simulation-denied-title = アクセス許可をシミュレートできませんでした
finding-simulation-denied-detail = 呼び出し元には { $principal } に対する iam:SimulatePrincipalPolicy が許可されていません。
finding-simulation-denied-fix = シミュレートできるロールで実行するか、コンソールの IAM ポリシーシミュレーターを使ってください。
finding-access-entry-missing-title = アクセスエントリがありません
finding-access-entry-missing-detail = { $principal } にはクラスター { $cluster } のアクセスエントリがありません。
finding-access-entry-missing-fix = アクセスエントリを作成してアクセスポリシーを関連付けるか (下のコマンド)、aws-auth にプリンシパルを追加してください。
finding-access-entry-no-node-access-title = アクセスポリシーにノードが含まれていません
finding-access-entry-no-node-access-detail = { $principal } のポリシー: { $policies }。どれもコンソールでのノードの一覧を許可していません。
finding-access-entry-no-node-access-fix = AmazonEKSAdminViewPolicy (または ClusterAdmin) をクラスタースコープで関連付けるか、RBAC グループでノードへのアクセスを付与してください。
finding-access-entry-rbac-groups-title = アクセスは Kubernetes グループで決まります
finding-access-entry-rbac-groups-detail = アクセスエントリはグループ ({ $groups }) を指定しています。何ができるかはクラスター内の RBAC で決まります。
finding-access-entry-rbac-groups-fix = kubectl でグループの RoleBinding と ClusterRoleBinding を確認してください。
finding-pass-role-target-missing-title = 渡すロールが存在しません
finding-pass-role-target-missing-detail = { $arn } は見つかりませんでした。
finding-pass-role-target-missing-fix = ロール ARN を確認するか、先にロールを作成してください。
finding-pass-role-trust-missing-title = ロールがサービスを信頼していません
finding-pass-role-trust-missing-detail = { $arn } は EKS 関連のサービスプリンシパル (例: { $service }) を信頼していません。
finding-pass-role-trust-missing-fix = ロールの信頼ポリシーにサービスプリンシパルを追加してください。
finding-pass-role-not-allowed-title = iam:PassRole が許可されていません
finding-pass-role-not-allowed-detail = { $principal } は { $arn } を { $service } に渡せません (シミュレーション結果: { $decision })。
finding-pass-role-not-allowed-fix = そのロールに対する iam:PassRole を、iam:PassedToService 条件付きで許可してください (下のコマンド)。
finding-cross-account-role-missing-title = 対象ロールが存在しません
finding-cross-account-role-missing-detail = { $arn } は見つかりませんでした。
finding-cross-account-role-missing-fix = ロール ARN とアカウントを確認してください。
finding-cross-account-not-trusted-title = ロールが他のアカウントを信頼していません
finding-cross-account-not-trusted-detail = { $arn } の信頼ポリシーでは、アカウント { $account } がこのロールを引き受けられません。
finding-cross-account-not-trusted-fix = 信頼ポリシーにそのアカウント (またはその中のロール) を追加してください。相手側にもこのロールに対する sts:AssumeRole が必要です。
finding-cross-account-external-id-title = ExternalId が必要です
finding-cross-account-external-id-detail = { $arn } の信頼ポリシーは sts:ExternalId を要求しています。
finding-cross-account-external-id-fix = 第三者はロールを引き受けるときに、取り決めた ExternalId を渡す必要があります。
finding-cross-account-assume-denied-title = AssumeRole が拒否されました
finding-cross-account-assume-denied-detail = { $principal } は { $arn } を引き受けられませんでした。{ $has_reason ->
    [yes] 理由:「{ $reason }」(AWS の原文)。
   *[no] {""}
}
finding-cross-account-assume-denied-fix = ロールが呼び出し元を信頼し、呼び出し元にそのロールに対する sts:AssumeRole が必要です。
finding-sts-global-endpoint-region-title = グローバル STS エンドポイントにリージョンの署名が使われています
finding-sts-global-endpoint-region-detail = { $region } 用に署名されたリクエストが、us-east-1 しか受け付けないグローバルエンドポイントに送られています。「Credential should be scoped to a valid region」(AWS の原文)。
finding-sts-global-endpoint-region-fix = リージョンのエンドポイント (https://sts.{ $region }.amazonaws.com) を使い、明示的なグローバルエンドポイントの指定を外してください。IRSA の場合は、サービスアカウントの sts-regional-endpoints アノテーションを確認してください。
diagnose-none-answered = どのチェックも応答を得られなかったため、何も確認できていません。理由は下の各チェックに表示しています。問題がないという意味ではありません。

# ウィザードでの言い方: フラグではなく、ピッカーと入力欄を案内します。
aws-advice-no-region-wizard = リージョンの欄にクラスターのリージョンを入力するか F7 で選ぶか、プロファイルに region を設定してください。
aws-advice-no-credentials-wizard = サインイン (aws sso login、aws configure) するか、F6 でプロファイルを選んでください。
aws-advice-profile-not-found-wizard = 名前を確認するか、F6 で別のプロファイルを選んでください。
finding-region-missing-detail-wizard = リージョンの指定 (リージョンの欄、AWS_REGION、AWS_DEFAULT_REGION、プロファイルの region) がないため、リージョン単位の確認ができません。
finding-region-missing-fix-wizard = リージョンの欄にクラスターのリージョンを入力するか F7 で選んでから、もう一度チェックを実行してください。
finding-credentials-missing-fix-wizard = aws sso login または aws configure でサインインするか、F6 でプロファイルを選んでから、もう一度チェックを実行してください。
probe-skip-cross-account-confirm-wizard = ロールの信頼ポリシーは別のアカウントにあります。確認するには AssumeRole を許可してください (a を押してから y)。
