# 貼り付けられたエラーメッセージの読み取り: explain コマンド、レポート、ウィザードの画面。

cli-explain-about = エラーメッセージを読み取ります (オフラインで、AWS は呼び出しません)。症状を判定し、プリンシパル・アクション・リソース・アカウント・リージョン・クラスターを取り出して、それらを埋め込んだ手順を表示します。終了コードは、症状を判定できたときは 0、判定できなかったときは 1、使い方の誤りは 2 です。
cli-arg-error = エラーメッセージそのもの (省略時は --error-file または標準入力から読みます)
cli-arg-error-file = エラーメッセージを保存したファイル
cli-arg-redact = アカウント ID・セッション名・アクセスキー ID を、一貫したプレースホルダーに置き換えます

triage-symptom-unknown = 6 つの症状のいずれにも当てはまりません
triage-confidence = 信頼度: { $percent }%
triage-field-principal-arn = プリンシパル ARN
triage-field-principal-kind = プリンシパルの種類
triage-field-account-id = プリンシパルのアカウント
triage-field-action = アクション
triage-field-resource-arn = リソース ARN
triage-field-region = リージョン
triage-field-cluster = クラスター
triage-field-operation = オペレーション
triage-field-error-code = エラーコード
triage-field-deny-reason = 拒否の理由
triage-field-none = (メッセージに含まれていません)
triage-others-heading = 同じテキスト内のほかのエラー
triage-unknown-hint = このテキストは 6 つの症状のどれにも一致しませんでした。ウィザードで最も近い症状を選ぶか、eks-iam-tui guide <symptom> を実行してください。

explain-error-too-long = エラーメッセージの長さが { $len } バイトあります。読み取れるのは { $max } バイトまでです。エラーの部分だけを貼り付けてください。
explain-error-read-file = ファイル { $path } を読み取れませんでした: { $details }
explain-error-no-input = エラーメッセージを --error、--error-file、または標準入力で指定してください。
explain-error-stdin = 標準入力を読み取れませんでした: { $details }

report-title = EKS IAM トラブルシューティングレポート
report-heading-error = エラーメッセージ
report-heading-symptom = 判定した症状
report-heading-fields = メッセージから読み取った値
report-heading-others = 同じテキスト内のほかのエラー
report-heading-steps = 手順
report-redacted-note = アカウント ID・セッション名・アクセスキー ID はプレースホルダーに置き換えています。同じ値には常に同じプレースホルダーを使っています。
report-table-field = 項目
report-table-value = 値

error-message-intro = エラーメッセージをそのまま入力するか貼り付けてください。ここではどのキーも文字になり、操作は Enter・Esc・↑↓・Ctrl キーで行います。
error-message-empty = まだ何もありません。入力するか、端末の操作で貼り付けてください。
error-message-pasted-title = 貼り付けたテキスト
error-message-enter = Enter で印の付いた読み取りをこれらの値で開きます (↑↓ で別のものを選べます)。値は次の画面で修正でき、入力中に確認されます。
# diagnose --error: triage first, then the probes of the symptom the message shows.
cli-arg-diagnose-error = 最初に読み取るエラーメッセージです。その症状に応じて確認項目が決まり (--symptom を指定した場合はそちらが優先されます)、コマンドラインで指定していない値はメッセージから補われます。- を指定すると標準入力から読み取ります
cli-arg-diagnose-error-file = 最初に読み取るエラーメッセージを含むファイル
cli-arg-diagnose-redact = アカウント ID、セッション名、アクセスキー ID を、メッセージと確認結果の両方で一貫したプレースホルダーに置き換えます
diagnose-error-unknown = エラーメッセージが 6 つの症状のいずれにも一致しないため、確認は行いませんでした。読み取られた内容は eks-iam-tui explain で確認できます。特定の症状の確認を行う場合は --symptom を指定してください。
report-heading-context = 確認と手順に使用した値
report-table-evidence = 確認結果
report-value-unset = (未指定)

# The wizard's report: w writes it to a file, r switches redaction.
report-badge = w レポート · r マスク: { $state }
report-badge-redact-on = オン
report-badge-redact-off = オフ
report-written = レポートを { $path } に書き出しました
report-written-redacted = マスクしたレポートを { $path } に書き出しました
report-write-failed = レポートを { $path } に書き出せませんでした: { $details }
report-redaction-on = レポートをマスクします。アカウント ID、セッション名、アクセスキー ID はプレースホルダーに置き換えられます。
report-redaction-off = レポートをマスクしません。
report-nothing = レポートする内容がまだありません。先にエラーメッセージを貼り付けるか、症状を選んでください。
report-heading-chosen-symptom = 対応中の症状

# Problems next to the six symptoms (issue 12): what each is, and what to do.
triage-related-heading = 6 つの症状の隣にある問題: { $id }
triage-related-todo = 対処: { $todo }
triage-related-exec-plugin-api-version = kubeconfig が指定する exec 認証プラグインの API バージョン (client.authentication.k8s.io/v1alpha1 など) を、この kubectl または kubeconfig を読むツールが受け付けていません。
triage-related-exec-plugin-api-version-todo = AWS CLI (または aws-iam-authenticator) と kubectl を更新してから、aws eks update-kubeconfig --name CLUSTER --region REGION で kubeconfig を書き直してください。client.authentication.k8s.io/v1beta1 が使われるようになります。
triage-related-exec-plugin-failed = トークンを取得できませんでした。kubeconfig に書かれた exec プラグイン (通常は aws) が見つからないか、エラーで終了したため、リクエストはクラスターに届いていません。
triage-related-exec-plugin-failed-todo = kubeconfig の exec に書かれたコマンド (例: aws eks get-token --cluster-name CLUSTER) を同じ環境で実行すると、本当のエラーがわかります。そのツールの PATH に aws があるか、プロファイルと認証情報が使えるか (aws sts get-caller-identity) を確認してください。
triage-related-credentials-expired = 一時的な認証情報の有効期限が切れています (ExpiredToken、ExpiredTokenException、RequestExpired)。AWS はアクセス許可を確認する前に拒否しています。
triage-related-credentials-expired-todo = 認証情報を取り直して (aws sso login、ロールの引き受け直し、ツールのセッションの更新など) やり直してください。長時間の処理には、十分に長いセッションか、自動で更新される認証情報を使ってください。マシンの時刻がずれている場合は、先に時刻を直してください。
triage-related-credentials-invalid = AWS がこの認証情報を認識できません。アクセスキーが存在しないか無効化されている、シークレットキーが一致しない、またはセッショントークンがないか別のキーのものである、のいずれかです (InvalidClientTokenId、UnrecognizedClientException、SignatureDoesNotMatch)。
triage-related-credentials-invalid-todo = aws configure list と aws sts get-caller-identity で、どの認証情報が使われているかを確認してください (環境変数がプロファイルより優先されます)。誤ったキーや無効化されたキーは取り替え、一時的なキーには AWS_SESSION_TOKEN も設定してください。オプトインが必要なリージョンは、有効にするまでキーを受け付けません。
triage-related-credentials-missing = 認証情報がまったく見つかりませんでした (Unable to locate credentials、NoCredentialProviders)。リクエストに署名されていないため、まだアクセス許可の問題ではありません。
triage-related-credentials-missing-todo = プロセスに認証情報を渡してください。人が使う場合は aws configure か aws sso login、AWS_PROFILE には存在するプロファイル名を、ワークロードにはロール (インスタンスプロファイル、IRSA、EKS Pod Identity) を使います。ツールがシェルと同じユーザー・HOME・環境変数で動いているかも確認してください。
triage-related-clock-skew = マシンの時刻が AWS の時刻から大きくずれています (Signature not yet current / expired、RequestTimeTooSkewed)。署名は正しい時刻から数分以内でなければ受け付けられません。
triage-related-clock-skew-todo = 時刻を合わせ、同期を保つようにしてから (NTP や chrony、EC2 では Amazon Time Sync Service、ノート PC はスリープ後に再同期) やり直してください。コンテナはホストの時刻を使います。
triage-related-authentication-mode = クラスターの認証モードでは、要求された操作を行えません。アクセスエントリには API または API_AND_CONFIG_MAP が必要で、API モードのクラスターは aws-auth ConfigMap を読みません。
triage-related-authentication-mode-todo = aws eks describe-cluster --name CLUSTER --query cluster.accessConfig で認証モードを確認してください。アクセスエントリを使うには API_AND_CONFIG_MAP か API が必要です (aws eks update-cluster-config --access-config authenticationMode=API_AND_CONFIG_MAP)。認証モードは API の方向にしか変えられず、元に戻せません。
triage-alternatives-heading = ほかに考えられる読み取り
triage-alternative = { $title } ({ $id }) · { $percent }%
error-message-choice = Enter で開く: { $title } ({ $id })
report-badge-typing = Ctrl-S レポート · Ctrl-R マスク: { $state }
