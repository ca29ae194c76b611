# ウィザードのプローブ画面: 詳細とガイドの間で行うライブチェック。

probe-screen-title = AWS で確認中: { $symptom }
probe-screen-intro = この症状のためのチェックを同時に実行します。読み取りのみで、AWS アカウントの内容は何も変わりません。
probe-screen-settings = プロファイル (F6): { $profile } · リージョン (F7): { $region } · 制限時間: 接続 { $connect }、各呼び出し { $call }
probe-screen-settings-short = プロファイル (F6): { $profile } · リージョン (F7): { $region }
probe-screen-region-chain = AWS の設定から
probe-screen-pending = 開始待ち
probe-screen-running = 確認中…
probe-screen-waiting-for = 待機中: { $probes }
# Two items of a list, or a list so far and its next item.
probe-screen-list-pair = { $first }、{ $second }
probe-screen-footer-not-started = 上の質問に答えるとチェックを開始します。
probe-screen-footer-running = { $total } 件中 { $done } 件のチェックが終わりました。その間もキー操作ができます。
probe-screen-footer-done = すべてのチェックが終わりました。見つかった問題は { $findings } 件です。g を押すと、それを先頭にしたガイドを表示します。
probe-screen-evidence-title = 根拠: { $probe }
probe-screen-evidence-outcome = 結果: { $outcome } (所要 { $ms } ミリ秒)
probe-screen-evidence-heading = AWS の応答:
probe-screen-evidence-heading-cluster = クラスターの応答:
probe-screen-evidence-none = 根拠は集められませんでした。
probe-screen-evidence-finding = 見つかった問題: { $title }

probe-prompt-title = sts:AssumeRole を許可しますか?
probe-prompt-text = 相手側からのクロスアカウントアクセスを確認するため、{ $role } へ sts:AssumeRole を呼び出します。読み取り以外の呼び出しはこれだけです。何も変更しませんが、CloudTrail に記録されます。許可しない場合、このチェックはロールの信頼ポリシーだけを読みます。
probe-prompt-text-kubectl = kubectl のコンテキスト { $context } は、署名する前に { $role } を引き受けます。kubectl と同じ ID でクラスターに問い合わせるため、このロールへ sts:AssumeRole を呼び出します。読み取り以外の呼び出しはこれだけです。何も変更しませんが、CloudTrail に記録されます。許可しない場合、Kubernetes 側のチェックは呼び出し元自身の ID で問い合わせます。
probe-prompt-question = 許可しますか? y はい · n いいえ

probe-guide-finding = 見つかった問題: { $title }
probe-guide-finding-text = { $detail }対処: { $fix }
probe-screen-footer-none-answered = { $findings ->
    [0] どのチェックも応答を得られず、何も確認できていません。チェックを開く (Enter) と理由を表示します。
   *[other] どのチェックも応答を得られず、何も確認できていません。理由は { $findings } 件の問題として表示しています。g でガイドを表示します。
}
picker-title-profile = チェックに使う AWS プロファイル
picker-title-region = チェックに使うリージョン
picker-title-context = kubeconfig のコンテキスト
picker-in-use = { $choice } (使用中)
picker-empty = kubeconfig に EKS のコンテキストがありません。
probe-screen-footer-profile-changed = AWS プロファイルが変わったため、前の結果を消去しました。r または F5 を押すと、このプロファイルでチェックします。
probe-screen-footer-region-changed = リージョンが変わったため、前の結果を消去しました。r または F5 を押すと、このリージョンでチェックします。
probe-screen-footer-context-changed = kubeconfig のコンテキストが変わったため、前の結果を消去しました。r または F5 を押すと、もう一度チェックします。
