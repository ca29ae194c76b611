## コマンドライン: 見出し、コマンドライン自体についてのコマンド、例

cli-heading-shared = 共通オプション
cli-heading-case = 事例の値
cli-heading-examples = 例
cli-arg-debug = AWS と Kubernetes へのリクエストごとに 1 行 (サービス、オペレーション、試行回数、ステータス、所要時間、エンドポイント) を標準エラー出力に表示します。秘密情報はマスクされます。RUST_LOG (target=level,...) を指定するとさらに詳しく表示します。コマンド専用です (ウィザードでは端末を使うため表示しません)
cli-help-about = ツール全体、または 1 つのコマンドのヘルプを表示します (help diagnose は diagnose --help と同じです)。
cli-arg-help-command = ヘルプを表示するコマンド
cli-completions-about = bash、zsh、fish、powershell 用のシェル補完スクリプトを出力します。
cli-arg-shell = シェル: bash、zsh、fish、powershell のいずれか
cli-man-about = ツール全体、または 1 つのコマンドの man ページ (roff) を出力します。
cli-arg-man-command = man ページを出力するコマンド (既定: ツール全体)
cli-error-did-you-mean = もしかして { $suggestion } ですか?
cli-error-not-for-command = { $arg } は { $command } コマンドでは指定できません。

cli-examples =
    eks-iam-tui --cluster prod --region ap-northeast-1
    eks-iam-tui guide aws-auth-path --cluster prod --region ap-northeast-1 -o markdown
    eks-iam-tui diagnose --symptom console-nodes --cluster prod --region ap-northeast-1
    eks-iam-tui help diagnose
cli-guide-examples =
    eks-iam-tui guide aws-auth-path --cluster prod --region ap-northeast-1
    eks-iam-tui guide pass-role --target-role-arn arn:aws:iam::111122223333:role/eks-cluster-role -o json
cli-lint-aws-auth-examples =
    kubectl get configmap aws-auth -n kube-system -o yaml | eks-iam-tui lint-aws-auth
    eks-iam-tui lint-aws-auth aws-auth.yaml --principal-arn arn:aws:iam::111122223333:role/team/eks-admin -o json
cli-diagnose-examples =
    eks-iam-tui diagnose --symptom console-nodes --cluster prod --region ap-northeast-1
    eks-iam-tui diagnose --error-file error.txt --redact -o markdown
    eks-iam-tui diagnose --symptom aws-auth-path --cluster demo --debug
cli-explain-examples =
    eks-iam-tui explain --error-file error.txt
    pbpaste | eks-iam-tui explain --redact -o markdown
cli-token-examples =
    eks-iam-tui token --cluster prod --region ap-northeast-1
    eks-iam-tui token --cluster prod --region ap-northeast-1 --profile support --debug
cli-help-examples =
    eks-iam-tui help diagnose
cli-completions-examples =
    eks-iam-tui completions bash > /etc/bash_completion.d/eks-iam-tui
    eks-iam-tui completions zsh > ~/.zfunc/_eks-iam-tui
    eks-iam-tui completions fish > ~/.config/fish/completions/eks-iam-tui.fish
cli-man-examples =
    eks-iam-tui man | man -l -
    eks-iam-tui man diagnose > eks-iam-tui-diagnose.1
