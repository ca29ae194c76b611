## The command line: headings, the commands about the command line itself, examples

cli-heading-shared = Shared options
cli-heading-case = Values of the case
cli-heading-examples = Examples
cli-arg-debug = Print one line per AWS and Kubernetes request on standard error (service, operation, attempt, status, time, endpoint), secrets redacted; RUST_LOG (target=level,...) shows more. Commands only: the wizard owns the terminal
cli-help-about = Show the help of the tool or of one command (help diagnose is the same as diagnose --help).
cli-arg-help-command = The command to show the help of
cli-completions-about = Print a shell completion script for bash, zsh, fish or powershell.
cli-arg-shell = The shell: bash, zsh, fish or powershell
cli-man-about = Print the man page (roff) of the tool, or of one command.
cli-arg-man-command = The command to print the man page of (default: the whole tool)
cli-error-did-you-mean = Did you mean { $suggestion }?
cli-error-not-for-command = { $arg } does not apply to the { $command } command.

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
