# 貼り付けられたエラーメッセージの読み取り: explain コマンド、レポート、ウィザードの画面。

cli-explain-about = エラーメッセージを読み取ります (オフラインで、AWS は呼び出しません)。症状を判定し、プリンシパル・アクション・リソース・アカウント・リージョン・クラスターを取り出して、それらを埋め込んだ手順を表示します。終了コードは、症状を判定できたときは 0、判定できなかったときは 1、使い方の誤りは 2 です。
cli-arg-error = エラーメッセージそのもの (省略時は --error-file または標準入力から読みます)
cli-arg-error-file = エラーメッセージを保存したファイル
cli-arg-redact = アカウント ID・セッション名・アクセスキー ID を、一貫したプレースホルダーに置き換えます

triage-symptom-unknown = 6 つの症状のいずれにも当てはまりません
triage-confidence = 確信度: { $percent }%
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

error-message-intro = エラーメッセージをそのまま貼り付けてください (端末、CI のログ、Terraform、コンソールのいずれからでも構いません)。折り返された行はつなぎ直します。
error-message-empty = まだ何も貼り付けられていません。端末の貼り付け操作で貼り付けてください。
error-message-pasted-title = 貼り付けたテキスト
error-message-enter = Enter でこれらの値を入れて開きます。値は次の画面で修正でき、入力中に確認されます。1-6 で別の症状を開きます。
triage-keys-error-message = Enter 症状を開く · Backspace 消去 · Esc 戻る · l English · ? ヘルプ · q 終了

# diagnose --error: triage first, then the probes of the symptom the message shows.
cli-arg-diagnose-error = 最初に読み取るエラーメッセージです。その症状に応じて確認項目が決まり (--symptom を指定した場合はそちらが優先されます)、コマンドラインで指定していない値はメッセージから補われます。- を指定すると標準入力から読み取ります
cli-arg-diagnose-error-file = 最初に読み取るエラーメッセージを含むファイル
cli-arg-diagnose-redact = アカウント ID、セッション名、アクセスキー ID を、メッセージと確認結果の両方で一貫したプレースホルダーに置き換えます
diagnose-error-unknown = エラーメッセージが 6 つの症状のいずれにも一致しないため、確認は行いませんでした。読み取られた内容は eks-iam-tui explain で確認できます。特定の症状の確認を行う場合は --symptom を指定してください。
report-heading-context = 確認と手順に使用した値
report-table-evidence = 確認結果
report-value-unset = (未指定)

# The wizard's report: w writes it to a file, r switches redaction.
report-badge = w レポート · r 伏せ字: { $state }
report-badge-redact-on = オン
report-badge-redact-off = オフ
report-written = レポートを { $path } に書き出しました
report-written-redacted = 伏せ字にしたレポートを { $path } に書き出しました
report-write-failed = レポートを { $path } に書き出せませんでした: { $details }
report-redaction-on = レポートを伏せ字にします。アカウント ID、セッション名、アクセスキー ID はプレースホルダーに置き換えられます。
report-redaction-off = レポートを伏せ字にしません。
report-nothing = レポートする内容がまだありません。先にエラーメッセージを貼り付けるか、症状を選んでください。
report-heading-chosen-symptom = 対応中の症状
