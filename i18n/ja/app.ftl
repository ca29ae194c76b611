# ウィザードの枠、画面、キー、コマンドライン。ガイド本文は guide.ftl にあります。

app-header = eks-iam-tui · Amazon EKS IAM トラブルシューティング

## Home
home-title = お客様には何が表示されていますか?
home-intro = 当てはまる症状を選ぶか、受け取ったエラーメッセージから始めてください。
home-error-entry = エラーメッセージがある
home-error-entry-summary = 貼り付けると、どの症状かをツールが判定します

## Error message (until pasted-error reading arrives)
error-message-title = エラーメッセージから始める
error-message-unavailable =
    貼り付けたエラーメッセージの読み取りは、このバージョンではまだ使えません。

    それまでは、メッセージを 6 つの症状と見比べてください。「AccessDeniedException」は 1 番目、「iam:PassRole」は 4 番目、別アカウントのロールに対する「sts:AssumeRole」は 5 番目、「SignatureDoesNotMatch ... valid region」は 6 番目、kubectl の「Unauthorized」は 3 番目、コンソールの [コンピューティング] タブが空なら 2 番目です。

    Enter または Esc で一覧に戻ります。

## Context
context-title = { $symptom }: 状況の入力
context-intro = 分かる範囲で入力してください。どの項目も省略できます。ガイドのコマンドにこの値が入り、足りない値は目印付きで表示されます。
context-pickers = F6 でチェックの署名に使う AWS プロファイルを、F7 でリージョンを、F8 で kubeconfig のコンテキストを選べます (入力していないクラスター名とリージョンはコンテキストの値で埋まります)。

## Guide
guide-title = { $symptom }: 対処方法
guide-position = 手順 { $step } / { $total }

## Frame
too-small = 端末が小さすぎます ({ $width }×{ $height })。{ $min_width }×{ $min_height } 以上に広げてください。
status-line = 言語: { $language } · AWS プロファイル: { $profile } · リージョン: { $region }
status-line-short = AWS プロファイル: { $profile } · リージョン: { $region }
status-line-caller = { $status } · 呼び出し元: { $arn }
status-not-set = 未設定
status-default-profile = default
status-environment-keys = 環境変数のキー
language-name-en = English
language-name-ja = 日本語
notice-copied = 手順 { $step } のコマンドをクリップボードにコピーしました ({ $bytes } バイト、OSC 52 経由)。
notice-nothing-to-copy = この手順にはコピーするコマンドがありません。
notice-language-switched = 日本語に切り替えました。

## Help
help-title = キー操作
help-footer = このツールは読み取りのみで、AWS アカウントを変更しません。コマンドはご自身で実行するために表示しています。

## Errors
panic-report =
    内部エラーのため eks-iam-tui を終了しました。端末は元の状態に戻してあります。
    行っていた操作とあわせて、次の内容を報告してください:
    { $details }
error-not-a-terminal = ウィザードには対話型の端末が必要です。ガイドを出力するには次を実行してください: eks-iam-tui guide <症状>
error-terminal = 端末を使用できませんでした: { $details }
error-guide-data = 組み込みのガイドデータが壊れています: { $details }

## Command line
cli-about = Amazon EKS の IAM の問題を調べます。EKS ユーザーガイド「IAM のトラブルシューティング」の 6 つの症状を、日本語または英語で案内するウィザードです。コマンドを指定しないとウィザードが開きます。
cli-guide-about = 1 つの症状のガイドを、指定した値を入れて出力します。チケットやチャットに貼り付けられます。
cli-heading-usage = 使い方
cli-heading-options = オプション
cli-heading-commands = コマンド
cli-heading-arguments = 引数
cli-after-help = 症状: access-denied, console-nodes, aws-auth-path, pass-role, cross-account, sts-region
cli-arg-lang = 表示言語: en または ja (既定: LC_ALL、LC_MESSAGES、LANG から判断し、なければ英語)
cli-arg-ascii = 罫線を ASCII 文字で描きます (罫線が全角幅で表示される端末向け)
cli-arg-profile = 表示・使用する AWS プロファイル
cli-arg-explain-profile = 表示する aws コマンドと eksctl コマンドに付ける AWS プロファイル (省略時は AWS CLI と同じく AWS_PROFILE、次に AWS_DEFAULT_PROFILE)
cli-arg-explain-kube-context = 表示する kubectl コマンドに付ける kubeconfig のコンテキスト (kubeconfig は読みません)
cli-arg-cluster = EKS クラスター名
cli-arg-region = クラスターの AWS リージョン
cli-arg-principal-arn = 問題が起きている IAM ユーザーまたはロールの ARN
cli-arg-action = 拒否されたアクション (例: eks:DescribeCluster)
cli-arg-target-role-arn = 渡す、または引き受けるロールの ARN
cli-arg-other-account-id = アクセスが必要な別の AWS アカウント
cli-arg-service-account = Kubernetes サービスアカウント (名前空間/名前)
cli-arg-can-i = Kubernetes に追加で確認するアクセス許可 (kubectl auth can-i と同じ形。例: "create deployments.apps -n web")
cli-arg-help = このヘルプを表示します
cli-arg-version = バージョンを表示します
cli-arg-symptom = 症状: access-denied, console-nodes, aws-auth-path, pass-role, cross-account, sts-region のいずれか
cli-arg-format = 出力形式: text (既定)、markdown、json のいずれか
cli-error-invalid-value = { $value } は { $arg } に指定できる値ではありません。指定できる値: { $valid }
cli-error-unknown-argument = 不明なオプションです: { $arg }
cli-error-unknown-command = 不明なコマンドです: { $command }
cli-error-missing = 必要な指定がありません: { $arg }
cli-error-conflict = 同時に指定できないオプションです: { $arg }
cli-error-too-many = { $arg } が複数回指定されています。
cli-error-other = コマンドラインを読み取れませんでした。
cli-error-see-help = 指定できる内容は eks-iam-tui --help で確認してください。
cli-warning-field = 注意: { $field }: { $problem }
