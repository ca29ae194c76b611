# aws-auth ConfigMap のリンター: 指摘、マッピングの判定、修正方法、コマンドライン。

## コマンドライン
cli-lint-aws-auth-about = aws-auth ConfigMap (YAML、JSON、kubectl describe の出力) を EKS の認証機能と同じ読み方で確認し、--principal-arn がどのユーザーに対応付けられるかを示し、修正方法を出力します。
cli-arg-aws-auth-file = ConfigMap を含むファイル。- または省略で標準入力から読み込みます
cli-arg-lint-format = 出力形式: text (既定) または json
cli-arg-aws-auth-mode = クラスターの認証モード: CONFIG_MAP、API_AND_CONFIG_MAP、API のいずれか (既定: 不明)
cli-arg-aws-auth-access-entries = クラスターのアクセスエントリを列挙した JSON ファイル (principal_arn、type、username、groups、policies)
cli-arg-aws-auth-symptom = 修正の目的: aws-auth-path (既定) または console-nodes

## 読み込みエラー
aws-auth-error-read-file = { $path } を読み込めませんでした: { $details }
aws-auth-error-input-empty = 入力が空です。kubectl get configmap aws-auth -n kube-system -o yaml の出力を貼り付けてください。
aws-auth-error-input-too-large = 入力が読み込める上限の 2 MiB を超えています。ConfigMap に入るのは 1 MiB までです。ファイルが正しいか確認してください。
aws-auth-error-yaml = YAML として読み込めません (行 { $line }、列 { $column }): { $details }
aws-auth-error-json = JSON として読み込めません (行 { $line }、列 { $column }): { $details }
aws-auth-error-other-kind = これは ConfigMap ではなく { $kind } です。kubectl get configmap aws-auth -n kube-system -o yaml の出力を貼り付けてください。
aws-auth-error-not-a-config-map = aws-auth ConfigMap ではないようです (行 { $line }、列 { $column })。ConfigMap、data: セクション、または mapRoles / mapUsers / mapAccounts を含むテキストを入力してください。
aws-auth-error-principal = { $arn } は IAM プリンシパルの ARN ではありません: { $details }
aws-auth-error-access-entries = { $path } のアクセスエントリを読み込めませんでした: { $details }
aws-auth-error-mode = { $value } は認証モードではありません。CONFIG_MAP、API_AND_CONFIG_MAP、API のいずれかを指定してください。
aws-auth-error-json-output = JSON を出力できませんでした: { $details }

## 指摘
aws-auth-finding-not-aws-auth = この ConfigMap は { $namespace }/{ $name } です。認証機能が読むのは kube-system/aws-auth だけなので、ここに書いた内容は反映されません。
aws-auth-finding-unknown-section-key = キー { $key } は無視されます。認証機能が読むのは { $expected } という正確な綴りだけです。この下のエントリはすべて黙って使われません。
aws-auth-finding-unknown-data-key = キー { $key } は認証機能にとって意味がなく、無視されます。
aws-auth-finding-block-does-not-parse = { $key } のテキストが YAML として正しくありません (ブロック内の行 { $line }、列 { $column }: { $detail })。認証機能はこのセクション全体を捨てるため、どのエントリも有効になりません。
aws-auth-finding-not-a-string = { $key } がテキストブロックではなく YAML の { $found } になっています。"{ $key }: |" と書き、その下にエントリを字下げして並べてください。| がないと中身は一切使われません (kubectl apply も受け付けません)。
aws-auth-finding-section-not-a-list = { $key } はエントリのリスト (各行が "- " で始まる形) である必要がありますが、{ $found } になっています。中身は使われません。
aws-auth-finding-account-not-a-string = この mapAccounts の項目はアカウント ID ではなく { $found } です。
aws-auth-finding-bad-account = { $value } は AWS アカウント ID (12 桁の数字) ではありません。
aws-auth-finding-map-accounts = アカウント { $account } のすべての IAM ユーザーとロールが、ARN をユーザー名とし、グループなしで受け入れられます。RBAC でそのユーザー名にアクセス許可を与えていなければ、401 ではなく 403 Forbidden になります。
aws-auth-finding-entry-not-a-mapping = このエントリは rolearn、username、groups のようなキーの集まりではなく { $found } です。認証機能はこのエントリを捨てます。
aws-auth-finding-alias-repeated = このエントリとその後の { $more } 件のエントリは rolearn、username、groups のようなキーの集まりではなく、エイリアス { $alias } です。認証機能はこれらをすべて捨てます。
aws-auth-finding-unknown-entry-key = キー { $key } は認証機能が知らないキーのため、無視されます。
aws-auth-finding-missing-arn = このエントリには { $field } がないため、認証機能はこのエントリを捨てます。
aws-auth-finding-arn-in-wrong-section = このエントリは { $section } 用の { $field } を使っています。ここでは ARN が見つからずエントリが捨てられるため、{ $section } に移してください。
aws-auth-finding-no-username = このエントリには username がありません。Kubernetes の RBAC や監査ログでこの ID を識別できるよう、明示的に指定してください。
aws-auth-finding-system-masters = { $arn } に system:masters が付与されています。これはどの RBAC ルールでも制限できない完全な管理者アクセス許可です。より狭いグループ、またはアクセスポリシー付きのアクセスエントリをお勧めします。
aws-auth-finding-wrong-type = { $field } はテキストである必要がありますが、YAML の { $found } になっているため、認証機能は空として扱います。値を引用符で囲んでください。
aws-auth-finding-group-not-a-string = グループはテキストである必要がありますが、これは YAML の { $found } です。
aws-auth-finding-groups-not-a-list = groups はリストである必要がありますが、YAML の { $found } になっているため、このエントリにはグループが一つも付きません (403 Forbidden)。字下げのずれで "- a" と "- b" が 1 つのテキストになることがよくあります。
aws-auth-finding-arn-whitespace = { $arn } の前後に空白があります。認証機能はテキストをそのまま比較するため、一致することはありません。
aws-auth-finding-not-an-arn = { $arn } は IAM の ARN ではないため、一致することはありません。
aws-auth-finding-unknown-partition = { $arn } のパーティションは認証機能が知らないものです。一致することはありません。
aws-auth-finding-bad-arn-account = { $arn } のアカウントが 12 桁ではありません (マスクされている、プレースホルダーのまま、または桁が足りない)。このままでは一致しません。このエントリのほかの点は、実在するアカウントであるものとして確認しています。
aws-auth-finding-not-a-principal = { $arn } は IAM ユーザー、ロール、アカウントのルートのいずれでもありません。一致することはありません。
aws-auth-finding-arn-has-region = { $arn } にリージョンが入っていますが、IAM の ARN にはリージョンがありません。一致することはありません。
aws-auth-finding-assumed-role = { $arn } はロール { $role } のセッション (get-caller-identity の表示) です。認証機能はセッションをロールの ARN に直してから比較するため、ロールの ARN を書いてください。
aws-auth-finding-assumed-role-in-users = { $arn } はロール { $role } のセッションです。セッションの ARN は一致しないため、ロールの ARN を mapRoles に書いてください。
aws-auth-finding-role-path = { $arn } にはパス { $path } が含まれています。認証機能はロールをパスなしで比較するため、このエントリは一致しません。パスを取り除いてください。
aws-auth-finding-sso-role-path = { $arn } は IAM Identity Center のロールで、パス { $path } が付いたまま書かれています。認証機能はパスなしで比較するため、このエントリは一致しません。パスを取り除いてください。
aws-auth-finding-user-in-roles = { $arn } はロールではありません。一致はしますが、読む人が探す mapUsers に置くべきです。
aws-auth-finding-role-in-users = { $arn } はロールです。一致はしますが、読む人が探す mapRoles に置くべきです。
aws-auth-finding-template-unknown = { $token } は認証機能が知らないテンプレートのため、書いたとおりの文字のまま名前に残ります。使えるのは { "{{" }AccountID{ "}}" }、{ "{{" }SessionName{ "}}" }、{ "{{" }SessionNameRaw{ "}}" }、{ "{{" }EC2PrivateDNSName{ "}}" }、{ "{{" }AccessKeyID{ "}}" } です。
aws-auth-finding-template-single-braces = { $token } は波括弧が 1 つずつのため、置き換えられません。テンプレートは両側に 2 つずつ必要です。
aws-auth-finding-template-unclosed = テンプレートが 2 つの波括弧で始まっていますが閉じていないため、書いたとおりの文字のまま名前に残ります。
aws-auth-finding-template-no-session = mapUsers に { $token } があります。IAM ユーザーにはセッションがないため空になります ({ "{{" }EC2PrivateDNSName{ "}}" } の場合はログインが毎回失敗します)。
aws-auth-finding-duplicate-last-wins = 同じ ARN が { $section } にもう一度出てきます。認証機能は最後のエントリ { $winner } を使い、このエントリは無視されます。
aws-auth-finding-duplicate-unpredictable = 同じユーザー ARN が大文字・小文字を変えて { $section } にもう一度出てきます (エントリ { $winner } を参照)。認証機能はどちらを使うか決まっていません。
aws-auth-finding-duplicate-roles-first = この ARN は mapRoles にもあります (エントリ { $winner })。認証機能は mapRoles を先に探すため、このエントリは使われません。
aws-auth-finding-key-outside-data = { $key } が data: の下ではなく、ConfigMap の最上位 (data: と同じ階層) にあります。この位置は誰にも読まれないため、中のエントリは一切使われません。data: の下に字下げしてください (修正後の形は下記)。
aws-auth-finding-wildcard-arn = { $arn } に * または ? が含まれています。認証機能は rolearn と userarn を文字列としてそのまま比較するため、パターンが実際の呼び出し元と一致することはありません。ARN ごとにエントリを書いてください。パターンが使えるのは sso マッチャーだけです。
aws-auth-finding-hidden-characters = { $field } の値 { $value } に見えない文字 (制御文字、双方向制御文字、ゼロ幅文字。\u{"{"}…{"}"} や \x.. と表示) が含まれています。見た目どおりの値ではありません。認証機能と Kubernetes の RBAC はテキストをそのまま比較するため、見た目の値とは一致しません。値を入力し直してください。
aws-auth-finding-unquoted-template = { $field } の値が引用符なしのテンプレートです。YAML はここの {"{{"}…{"}}"} を、キーとして使われたマッピングと解釈します。これは JSON に変換できないため、認証機能は { $key } セクション全体を破棄し、ノードロールを含むすべてのエントリが機能しなくなります。値を二重引用符で囲んでください。
aws-auth-finding-unquoted-template-section = { $key } のどこかで、マッピングがキーとして使われています (引用符なしの {"{{"}…{"}}"} テンプレート)。認証機能はこのセクションを JSON に変換できず、ノードロールを含めてすべて破棄します。テンプレートを引用符で囲んでください。
aws-auth-finding-rolearn-and-sso = このエントリには rolearn と sso の両方があります。認証機能はどちらか一方しか受け付けず、エントリを破棄します。2 つのエントリに分けてください。
aws-auth-finding-sso-bad-account = sso の accountID { $value } が 12 桁ではないため (引用符で囲んで書いてください)、認証機能はこのエントリを破棄します。
aws-auth-finding-sso-wildcard = sso の permissionSetName { $value } に * または ? が含まれています。マッチャーはもともと 1 つのアクセス許可セットのすべてのロールを対象にします。名前にパターンを書くと受け付けられず、エントリは破棄されます。
aws-auth-finding-sso-bad-permission-set = sso の permissionSetName { $value } はアクセス許可セットの名前として正しくありません (英数字と _+=,.@- で 1～32 文字)。認証機能はこのエントリを破棄します。
aws-auth-finding-sso-bad-partition = sso の partition { $value } は、認証機能が sso で受け付けるパーティション (aws、aws-cn、aws-us-gov、aws-iso、aws-iso-b、または aws を意味する省略) ではないため、このエントリは破棄されます。

## レポート
aws-auth-summary = aws-auth ({ $form }): mapRoles { $roles } 件、mapUsers { $users } 件、mapAccounts { $accounts } 件 · エラー { $errors } 件、警告 { $warnings } 件、注記 { $infos } 件
aws-auth-form-yaml = YAML の ConfigMap
aws-auth-form-json = JSON の ConfigMap
aws-auth-form-describe = kubectl describe の出力
aws-auth-form-data-section = data セクション
aws-auth-form-fragment = 一部分
aws-auth-form-entry-list = エントリのリスト
aws-auth-severity-error = エラー
aws-auth-severity-warning = 警告
aws-auth-severity-info = 注記
aws-auth-entry-label = { $section } のエントリ { $index }
aws-auth-line = { $line } 行目
aws-auth-suggested = 修正案:
aws-auth-no-findings = 問題は見つかりませんでした。認証機能はすべてのエントリを書かれたとおりに読みます。
aws-auth-mappings-title = 認証機能から見たマッピング:
aws-auth-mapping-ignored = 無視: このセクションは読まれません
aws-auth-mapping-dropped = 破棄: 認証機能がこのエントリを受け付けません
aws-auth-mapping-shadowed = 未使用: 重複する別のエントリが優先されます
aws-auth-no-username = (username なし)
aws-auth-groups-none = グループなし

## 対応付けの判定
aws-auth-match-title = aws-auth は { $arn } を対応付けますか? (比較に使う形: { $canonical })
aws-auth-match-mapped = はい。{ $entry } により、Kubernetes からはユーザー名 { $username }、グループ { $groups } として見えます。
aws-auth-match-others = ほかのエントリ ({ $entries }) も一致します。認証機能がどれを使うかは決まっていません。
aws-auth-match-template-fails = { $entry } が一致しますが、{ "{{" }EC2PrivateDNSName{ "}}" } には EC2 インスタンス名のセッションが必要なため、ログインは拒否されます (Unauthorized)。
aws-auth-match-account = 一致するエントリはありませんが、mapAccounts に { $account } があります。Kubernetes からはユーザー名 { $username }、グループなしとして見えるため、RBAC でそのユーザー名にアクセス許可を与えていなければ 403 Forbidden になります。
aws-auth-match-not-mapped = いいえ。このプリンシパルを対応付けるものがないため、kubectl は "You must be logged in to the server (Unauthorized)" と返します。
aws-auth-match-not-live = このテキストは、クラスターが読んでいる ConfigMap ではありえません。{ $keys } に、Kubernetes API がテキストを求める位置でリストなどの値が入っており、API はこのような ConfigMap を受け付けません。中身はどれも有効ではないため、誰が対応付けられるかは判断できません。上の指摘を修正するか、実際の ConfigMap (kubectl get configmap aws-auth -n kube-system -o yaml の出力) を貼り付けてください。
aws-auth-match-no-near-miss = このユーザーまたはロールの名前を含むエントリもありません。新しいエントリが必要です (下記)。
aws-auth-miss-path = { $entry } はこのプリンシパル向けのようですが、{ $arn } にロールのパスが含まれています。
aws-auth-miss-assumed-role = { $entry } はこのプリンシパル向けのようですが、{ $arn } はロールではなくセッションの ARN です。
aws-auth-miss-other-path = { $entry } はユーザー名が同じですが、{ $arn } のパスが異なります (ユーザーの ARN はパスを含めて比較されます)。
aws-auth-miss-other-account = { $entry } は名前が同じですが、{ $arn } は別のアカウントです。
aws-auth-miss-other-partition = { $entry } は名前が同じですが、{ $arn } は別のパーティションです。
aws-auth-miss-section-ignored = { $entry } はこのプリンシパル向けのようですが ({ $arn })、そのセクションは読まれません (上の指摘を参照)。
aws-auth-miss-entry-dropped = { $entry } はこのプリンシパル向けのようですが ({ $arn })、認証機能はそのエントリを捨てます (上の指摘を参照)。
aws-auth-miss-arn-text = { $entry } はこのプリンシパル向けのようですが、{ $arn } は認証機能が比較する形で書かれていません。
aws-auth-miss-shadowed = { $entry } は一致しますが ({ $arn })、重複する別のエントリが優先されます。
aws-auth-miss-wildcard = { $entry } はこのプリンシパルを含むように見えますが ({ $arn })、認証機能は文字列をそのまま比較します。* と ? はその文字自身にしか一致しません。
aws-auth-mode-unknown = 不明
aws-auth-decision-access-entry = 認証モード { $mode }: このプリンシパルに一致するアクセスエントリがあり、アクセスエントリは aws-auth より優先されます。
aws-auth-decision-aws-auth = 認証モード { $mode }: 一致するアクセスエントリがないため、aws-auth で決まります。
aws-auth-decision-nobody = 認証モード { $mode }: アクセスエントリでも aws-auth でも、このプリンシパルは受け入れられません。
aws-auth-decision-overridden = このプリンシパルには、上の aws-auth のマッピングは使われません。

## 修正方法
aws-auth-fix-printed-only = コマンドは確認のうえ実行していただくために表示するもので、ツールは何も実行しません。
aws-auth-fix-title = お客様の値を入れた修正方法
aws-auth-fix-corrected-data = 修正後の data セクション (kubectl edit configmap aws-auth -n kube-system で編集します):
aws-auth-fix-entry-title = { $entry } について:
aws-auth-fix-principal-title = { $arn } について:
aws-auth-fix-mapping = 修正後の aws-auth のエントリ:
aws-auth-fix-eksctl = eksctl の場合 (ARN を指定どおりに書き込むため、パスなしで指定します):
aws-auth-fix-access-entry = または、推奨される方法としてアクセスエントリを作成します (ロールの完全な ARN をパス付きで指定します):
aws-auth-fix-mode-config-map = クラスターは CONFIG_MAP モードのため、アクセスエントリは効きません。先に API_AND_CONFIG_MAP に変更してください (aws-auth は引き続き使えます。この変更は元に戻せません):
aws-auth-fix-mode-unknown = アクセスエントリを使うには認証モードが API_AND_CONFIG_MAP または API である必要があります。モードを確認し、CONFIG_MAP であれば変更してください (aws-auth は引き続き使えます。この変更は元に戻せません):

## ウィザードの aws-auth 画面
aws-auth-screen-title = aws-auth ConfigMap の確認 · { $symptom }
aws-auth-screen-path-label = ファイル:
aws-auth-screen-hint = ファイルのパスを入力して Enter を押すか、この画面に ConfigMap を貼り付けてください。
aws-auth-screen-intro = お客様の aws-auth ConfigMap を読み込むと、EKS の認証機能と同じ読み方で確認できます。kubectl get configmap aws-auth -n kube-system -o yaml (または -o json、kubectl describe) の出力をファイルに保存するか、ここに貼り付けてください。内容はどこにも送信されません。
aws-auth-screen-answering-for = { $arn } (入力画面のプリンシパル ARN) について答えます。
aws-auth-screen-no-principal = 対応付けられているか、どの名前になるかを知るには、入力画面でプリンシパル ARN を入力してください (Esc を 2 回)。
aws-auth-screen-summary = エラー { $errors } 件 · 警告 { $warnings } 件 · 注記 { $infos } 件
aws-auth-screen-findings-title = エントリごとの指摘
aws-auth-screen-findings-more = { $count ->
   *[other] …ほかに { $count } 件の指摘があります (ここには表示していません)。上の集計には含まれています。lint-aws-auth の JSON 出力にはすべて含まれます。
}
aws-auth-findings-more = { $count ->
   *[other] …ほかに { $count } 件の指摘があります (ここには表示していません)。上の集計には含まれています。--format json ではすべて出力します。
}
aws-auth-screen-source-paste = 貼り付けたテキスト ({ $lines } 行)
aws-auth-screen-source-file = { $path }
aws-auth-screen-source-cluster = チェックが読み取った { $cluster } の kube-system/aws-auth
aws-auth-screen-loaded = { $source } を読み込みました: { $form }。
aws-auth-screen-not-loaded = { $source } を使えませんでした。理由は下に表示しています。
aws-auth-screen-reading = { $path } を読み込んでいます…
aws-auth-screen-analysing = { $source } を解析しています…
aws-auth-screen-copying = コピーするテキストを準備しています…
aws-auth-screen-copied-fix = 修正方法をクリップボードにコピーしました ({ $bytes } バイト、OSC 52 経由)。
aws-auth-screen-copied-report = 結果全体をクリップボードにコピーしました ({ $bytes } バイト、OSC 52 経由)。
aws-auth-screen-nothing-to-copy = コピーするものがありません。ConfigMap が読み込まれていないか、修正が不要です。
aws-auth-screen-path-missing = 先にファイルのパスを入力するか、ConfigMap を貼り付けてください。
aws-auth-screen-error-not-found = { $path } は存在しません。相対パスはツールを起動したディレクトリから数えます。
aws-auth-screen-error-permission = { $path } を読むアクセス許可がありません。
aws-auth-screen-error-not-a-file = { $path } は通常のファイルではない (ディレクトリ、パイプ、デバイスなど) ため、読み込みませんでした。
aws-auth-screen-error-too-large = { $path } を読み込みませんでした: { $details }。ConfigMap に入るのは 1 MiB までです。ファイルが正しいか確認してください。
aws-auth-screen-error-timed-out = { $path } の読み込みに 5 秒以上かかったため、中止しました。
aws-auth-screen-accepted = 読み込めるのは、kubectl get configmap aws-auth -n kube-system -o yaml または -o json の出力、kubectl describe configmap aws-auth -n kube-system の出力、data: セクション、または mapRoles: | のブロックだけのテキストです。
