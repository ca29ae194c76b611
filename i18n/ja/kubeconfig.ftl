# kubectl が使う kubeconfig の読み取り。
kubeconfig-error-read = kubeconfig { $path } を読み取れませんでした: { $reason }
kubeconfig-error-parse = { $path } は kubectl が読み取れる kubeconfig ではありません: { $reason }
kubeconfig-error-merge = kubeconfig ファイルを kubectl と同じ規則で結合できません: { $reason }
kubeconfig-error-no-such-context = kubeconfig に「{ $context }」という名前のコンテキストはありません。
kubeconfig-error-no-context = kubeconfig に current-context が設定されていません。--context でコンテキストを選んでください。

## kubeconfig のチェック
probe-kubeconfig-title = kubectl の kubeconfig
probe-kubeconfig-ok = kubectl のコンテキスト { $context } は { $region } の { $cluster } を対象とし、チェックと同じ ID で署名します。
probe-kubeconfig-differs = kubectl のコンテキスト { $context } には、チェックと異なる点が { $count } 件あります。
probe-kubeconfig-none = kubeconfig が見つかりません({ $path })。kubectl が使える設定はまだありません。
probe-kubeconfig-not-eks = kubectl のコンテキスト { $context } は EKS クラスターのものではないようです。比較できる情報はありません。
probe-skip-no-kubeconfig = EKS クラスターを指す kubectl のコンテキストが見つからないため、実行していません。
probe-skip-kubeconfig-other-cluster = kubectl のコンテキスト { $context } は { $cluster } ではなくクラスター { $other } のものであるため、実行していません。
probe-kubeconfig-unreadable = kubeconfig を読み取れませんでした: { $reason }
finding-kubeconfig-identity-differs-title = kubectl は別の ID で署名します
finding-kubeconfig-identity-differs-detail = kubectl の exec プラグインは { $kubectl } として署名しますが、チェックは { $checks } として実行されています。kubectl に何が許可されるかは前者で決まります。
finding-kubeconfig-identity-differs-fix = kubectl が使うプリンシパル(ロールまたはプロファイル)を確認するか、意図した ID でコンテキストを書き直してください(下のコマンド)。
finding-kubeconfig-exec-api-version-title = exec プラグインが削除済みの API バージョンを要求しています
finding-kubeconfig-exec-api-version-detail = コンテキストの exec プラグインは { $version } を要求していますが、kubectl 1.24 以降はこのバージョンを受け付けません。
finding-kubeconfig-exec-api-version-fix = 最新の AWS CLI でコンテキストを書き直してください(下のコマンド)。client.authentication.k8s.io/v1beta1 が使われます。
finding-kubeconfig-exec-not-found-title = exec プラグインが見つかりません
finding-kubeconfig-exec-not-found-detail = kubectl はトークンの取得に { $command } を実行しますが、この環境の PATH にはありません。
finding-kubeconfig-exec-not-found-fix = インストールするか(AWS CLI の場合: https://docs.aws.amazon.com/ja_jp/cli/latest/userguide/getting-started-install.html)、インストール済みのツールを使うようにコンテキストを書き直してください。
finding-kubeconfig-cluster-mismatch-title = コンテキストが別のクラスターを指しています
finding-kubeconfig-cluster-mismatch-detail = コンテキストのサーバーまたは証明書が、クラスター { $cluster } の現在のもの({ $endpoint })と一致しません。クラスターが作り直された可能性があります。
finding-kubeconfig-cluster-mismatch-fix = 現在のクラスターからコンテキストを書き直してください(下のコマンド)。
finding-kubeconfig-region-differs-title = kubectl は別のリージョンを対象としています
finding-kubeconfig-region-differs-detail = コンテキストのクラスターは { $kubeconfig_region } にありますが、チェックは { $checks_region } を調べています。
finding-kubeconfig-region-differs-fix = { $kubeconfig_region } でチェックを実行するか、意図したクラスターのコンテキストを書き直してください(下のコマンド)。

## kubectl のコンテキストから取った値
kubeconfig-filled = kubectl のコンテキスト { $context } から取得: { $what ->
    [cluster] クラスター名
    [region] リージョン
   *[both] クラスター名とリージョン
}(別のクラスターを確認するには、コマンドラインで指定してください)。
cli-arg-kubeconfig = kubectl が読む kubeconfig(省略時は KUBECONFIG、次に ~/.kube/config)。コンテキストのクラスターとリージョンで、指定のない値を補います
cli-arg-kube-context = 読み取る kubeconfig のコンテキスト(省略時は current-context)
status-line-kubectl = { $status } · kubectl: { $context }
