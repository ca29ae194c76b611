# 入力画面の項目: ラベル、例のヒント、値に問題があるときの説明。

field-cluster-label = クラスター名
field-cluster-hint = 例: my-cluster (aws eks list-clusters で確認できます)
field-region-label = リージョン
field-region-hint = 例: ap-northeast-1 (クラスターがあるリージョン)
field-principal-arn-label = IAM プリンシパルの ARN (ユーザーまたはロール)
field-principal-arn-hint = エラー文、または aws sts get-caller-identity の結果から
field-action-label = 拒否されたアクション
field-action-hint = 例: eks:DescribeCluster (エラー文のとおりに)
field-target-role-arn-label = ロールの ARN (渡す・引き受けるロール)
field-target-role-arn-hint = 例: arn:aws:iam::111122223333:role/eks-cluster-role
field-other-account-id-label = 別の AWS アカウント ID
field-other-account-id-hint = アクセスが必要な人がいる 12 桁のアカウント
field-service-account-label = サービスアカウント (名前空間/名前)
field-service-account-hint = 例: default/my-app (Pod の Kubernetes サービスアカウント)
field-can-i-label = Kubernetes に追加で確認するアクセス許可 (任意)
field-can-i-hint = kubectl auth can-i と同じ形で。例: create deployments.apps -n web
field-empty = (未入力)
field-invalid-cluster = クラスター名に使えるのは英数字、ハイフン、アンダースコアだけです。
field-invalid-region = us-west-2 のようなリージョンコードではないようです。
field-invalid-principal-arn = IAM ユーザー、ロール、引き受けたロール、フェデレーションユーザー、ルートの ARN ではありません。
field-invalid-role-arn = IAM ロールの ARN (arn:aws:iam::アカウント:role/名前) ではありません。
field-invalid-action = アクションは eks:DescribeCluster のように「サービス:アクション」の形で書きます。
field-invalid-account-id = アカウント ID はちょうど 12 桁の数字です。
field-invalid-service-account = default/my-app のように「名前空間/名前」の形で入力してください。
field-invalid-can-i = 動詞とリソース、必要なら名前空間を書いてください。例: get secrets -n web
