# kubectl が使う kubeconfig の読み取り。
kubeconfig-error-read = kubeconfig { $path } を読み取れませんでした: { $reason }
kubeconfig-error-parse = { $path } は kubectl が読み取れる kubeconfig ではありません: { $reason }
kubeconfig-error-merge = kubeconfig ファイルを kubectl と同じ規則で結合できません: { $reason }
kubeconfig-error-no-such-context = kubeconfig に「{ $context }」という名前のコンテキストはありません。
kubeconfig-error-no-context = kubeconfig に current-context が設定されていません。--context でコンテキストを選んでください。
