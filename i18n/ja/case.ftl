# ケースファイル: `collect` が書き出し、`report` が読み込みます。

cli-collect-about = diagnose と同じ確認を (読み取りのみで) 実行し、その結果をすべて 1 つのケースファイルに書き出します。既定でマスキングされ、受け取った人はどちらの言語でも読めます。
cli-collect-examples =
    eks-iam-tui collect --symptom console-nodes --cluster prod --region ap-northeast-1
    eks-iam-tui collect --error-file error.txt --out case.json
    eks-iam-tui collect --symptom aws-auth-path --cluster demo --no-redact
cli-arg-collect-out = ケースファイルの書き出し先 (既定: カレントディレクトリの eks-iam-tui-case-症状-日時.json)。既存のファイルは上書きせず、-2、-3... を付けた名前にします
cli-arg-collect-no-redact = アカウント ID、セッション名、アクセスキー ID、クラスターのエンドポイントをマスキングせずにそのまま残します (組織内で共有する場合)
cli-report-about = collect が書き出したケースファイルを、どちらの言語でもレポートとして表示します。AWS には何も問い合わせません。
cli-report-examples =
    eks-iam-tui report case.json
    eks-iam-tui report case.json --lang ja -o markdown
    eks-iam-tui report case.json -o json
cli-arg-case-file = collect が書き出したケースファイル

case-written = ケースを { $path } に書き出しました。
case-redacted = 書き出す前にマスキングしました。同じ値は常に同じプレースホルダーに置き換えています (対応表は保存していません): アカウント ID { $accounts } 件、セッション名 { $sessions } 件、アクセスキー ID { $keys } 件、クラスターのエンドポイント { $endpoints } 件。
case-not-redacted = マスキングしていません (--no-redact): ファイルにはアカウント ID、セッション名、アクセスキー ID、クラスターのエンドポイントがそのまま含まれています。
case-write-failed = ケースを { $path } に書き出せませんでした: { $details }
case-build-failed = ケースを組み立てられませんでした: { $details }

case-load-unreadable = ケースファイル { $path } を読み込めませんでした: { $details }
case-load-not-json = { $path } はケースファイルではありません。JSON として読み取れません ({ $details })。
case-load-not-a-case = { $path } は eks-iam-tui のケースファイルではありません ("kind" が { $kind } です)。
case-load-too-new = { $path } は eks-iam-tui { $version } がケーススキーマ { $found } で書き出したものです。このバージョンが読めるのはスキーマ { $supported } 以前です。新しい eks-iam-tui で読み込んでください。
case-load-too-old = { $path } のケーススキーマ { $found } は、どのバージョンの eks-iam-tui も書き出していないものです。このバージョンが読めるのはスキーマ { $supported } です。
case-load-invalid = { $path } はケースファイルとして読み取れません: { $details }
case-load-unknown-check = { $path } には、このバージョンが知らない確認項目 ({ $check }) が含まれています。eks-iam-tui { $version } が書き出したものです。そのバージョンか、より新しいバージョンで読み込んでください。

case-report-collected = { $at } に eks-iam-tui { $version } で収集 ({ $language })。{ $path } から再現した結果で、AWS には何も問い合わせていません。
case-report-redacted = 値は書き出す前にマスキングされています。
case-language-en = 英語
case-language-ja = 日本語

# 新しいバージョンのメッセージや検出事項: ID と値をそのまま表示します。
case-unknown-message = (メッセージ { $id } はこのバージョンでは表示できません。値: { $values })
finding-case-unknown-title = このバージョンが知らない検出事項: { $code }
finding-case-unknown-detail = 新しいバージョンの eks-iam-tui が検出したものです。値: { $values }
finding-case-unknown-fix = 説明と対処方法は、収集したバージョンか、より新しいバージョンでケースを読み込んで確認してください。

# `eks-iam-tui open FILE`: ケースファイルをウィザードで開きます。
cli-open-about = collect が書き出したケースファイルをウィザードでオフラインのまま開きます。チェックの結果と根拠、見つかった問題から始まるガイド、貼り付けられたエラーを、どちらの言語でも表示します。F5 を押すまで AWS には何も問い合わせません。F5 を押すと、ご自身の認証情報でチェックをもう一度実行します。
cli-open-examples =
    eks-iam-tui open case.json
    eks-iam-tui open case.json --lang ja
    eks-iam-tui open case.json --profile support-readonly
cli-arg-open-file = collect が書き出したケースファイル
case-status = { $at } のケース (eks-iam-tui { $version }、{ $language }) · { $status }
case-probe-title-collected = 収集時のチェック結果: { $symptom }
case-probe-intro-collected = { $at } に eks-iam-tui { $version } で収集 ({ $language })。F5 でご自身の認証情報を使ってライブ実行します。
case-probe-settings-collected = プロファイル: { $profile } · リージョン: { $region } (収集時)
case-probe-kubeconfig = kubectl (収集時): { $context } · クラスター { $cluster } · { $region } · { $account }
case-probe-kubeconfig-exec = kubectl の署名: ロール { $role } · プロファイル { $profile } · トークン取得元 { $command }
case-probe-settings-live = ご自身の認証情報でのライブ実行: { $settings }
case-probe-collected-label = 収集時: [{ $outcome }]
case-probe-not-collected = 収集なし
case-probe-evidence-title = 収集時の根拠: { $probe }
case-probe-footer-collected = 収集時に見つかった問題: { $findings } 件 · g ガイド (問題が先頭) · F5 ライブ実行

# 状態ディレクトリに保存するセッション。
cli-arg-resume = 保存されている最新のセッション (画面、入力した値、貼り付けたエラー、チェックの結果) をウィザードで再び開きます
cli-arg-no-keep = このセッションの内容を状態ディレクトリに保存しません (EKS_IAM_TUI_NO_KEEP=1 でも同じ)。入力・貼り付け・チェックをした後に終了するときは確認します
session-quit-title = 保存せずに終了しますか?
session-quit-question = 保存がオフになっている (--no-keep または EKS_IAM_TUI_NO_KEEP) ため、このセッションで入力・貼り付け・チェックした内容は終了すると失われます。ケースを残すには n で戻り、ガイドまたはチェック画面で s を押してケースファイルを保存してください。
session-kept = ケースを { $path } に保存しました。eks-iam-tui --resume で再び開けます。
session-keep-failed = ケースを { $path } に保存できませんでした: { $details }
session-nothing-to-resume = { $dir } には再開できるケースがありません。
session-context-gone = 保存時のコンテキスト { $context } がありません。{ $now } を使います (F8 で変更)。
session-context-gone-none = 保存時のコンテキスト { $context } が kubeconfig にありません。現在はコンテキストを使っていません (F8 で選択)。
home-recent-entry = 最近のケース
home-recent-entry-summary = 保存されたケース { $count } 件 (最新: { $at })。中断したところから開けます
case-recent-title = 最近のケース
case-recent-line = { $at } · { $symptom }
case-recent-no-symptom = 症状は未選択
case-recent-case-file = ケースファイルから開いたもの

# `s`: ケースファイルの保存。
case-save-title = ケースファイルの保存
case-save-intro = 現在のケース (入力した値、貼り付けたエラー、チェックの結果) を 1 つのケースファイルとして保存します。eks-iam-tui open で開くか、eks-iam-tui report で読めます。同じ名前のファイルは上書きせず、-2、-3... を付けます。
case-save-redacted = マスキングあり: アカウント ID、セッション名、アクセスキー ID、エンドポイントをプレースホルダーにします (Ctrl-R: そのまま残す)
case-save-not-redacted = マスキングなし: すべての値をそのまま保存します (Ctrl-R: マスキングする)
case-saved = ケースファイルを { $path } に書き出しました (マスキングなし)。
case-saved-redacted = ケースファイルを { $path } にマスキングして書き出しました (アカウント { $accounts } 件、セッション { $sessions } 件、キー { $keys } 件、エンドポイント { $endpoints } 件)。

# `C`: レポート全体をクリップボードへ。
report-copied = レポート全体をクリップボードにコピーしました ({ $bytes } バイト、OSC 52 経由)。
report-too-large-to-copy = コピーしていません。レポートが { $bytes } バイトあり、OSC 52 で端末が受け取れる量 ({ $limit } バイト) を超えています。ガイド画面の w でファイルに書き出してください。

case-report-kubeconfig = kubectl のコンテキスト { $context }: クラスター { $cluster }、リージョン { $region }、アカウント { $account }。
case-report-kubeconfig-exec = トークンの取得元: { $command } (ロール: { $role }、プロファイル: { $profile })。
