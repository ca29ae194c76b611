# Kubernetes 側: EKS のベアラートークンと、クラスター自身に問い合わせるプローブ。

cli-token-about = `aws eks get-token` と同じように、--cluster 用の EKS ベアラートークンを含む ExecCredential を出力します。kubeconfig の exec プラグインとして使えます。プローブと同じ AWS 認証情報を使い、ほかの秘密情報は出力しません。
token-error-no-cluster = トークンの対象となるクラスターを --cluster で指定してください。
token-error-aws = トークンを作成できませんでした: { $details }
token-error-signing = トークンに署名できませんでした: { $details }
