## 入力の読み込みと出力の書き込み: ファイル、パイプ、文字コード、オペレーティングシステムのエラー。

io-error-not-found = ファイルまたはフォルダーが存在しません
io-error-permission-denied = アクセス許可がありません
io-error-is-a-directory = ファイルではなくフォルダーです
io-error-storage-full = デバイスの空き容量がありません
io-error-broken-pipe = 読み取り側がパイプを閉じました
io-error-timed-out = 時間がかかりすぎました
io-error-already-exists = 同じ名前のファイルがすでにあります
io-error-read-only = ファイルシステムが読み取り専用です
io-error-other = システムからのメッセージ: { $details }

error-output-write = 出力を書き込めませんでした: { $details }

read-error-not-a-file = 通常のファイルではない (フォルダー、パイプ、デバイスのいずれか) ため開きませんでした。テキストをファイルに保存するか、標準入力から渡してください
read-error-too-large = { $size } バイトあり、読み込めるのは { $max } バイトまでです
read-error-too-large-stream = 読み込める上限の { $max } バイトを超えています
read-error-no-input = 標準入力に何も渡されていません
read-error-json-syntax = JSON として正しくありません ({ $line } 行目、{ $column } 列目。パーサーのメッセージ: { $details })
read-error-json-shape = JSON の構造が想定と異なります ({ $line } 行目、{ $column } 列目。パーサーのメッセージ: { $details })

## 外部から読み取った値に含まれる見えない文字
reading-arn-hidden = この ARN には見えない文字が含まれています (\u{"{"}…{"}"} や \x.. と表示)。見た目どおりの ARN ではありません
reading-value-hidden = この値には見えない文字が含まれています (\u{"{"}…{"}"} や \x.. と表示)。見た目どおりの値ではありません
