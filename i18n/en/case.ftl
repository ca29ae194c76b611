# The case file: `collect` writes it, `report` reads it.

cli-collect-about = Run the checks as diagnose does (read-only) and write everything they saw to one case file, redacted, for someone else to read in either language.
cli-collect-examples =
    eks-iam-tui collect --symptom console-nodes --cluster prod --region ap-northeast-1
    eks-iam-tui collect --error-file error.txt --out case.json
    eks-iam-tui collect --symptom aws-auth-path --cluster demo --no-redact
cli-arg-collect-out = Where to write the case file (default: eks-iam-tui-case-SYMPTOM-TIME.json here); an existing file is never replaced: -2, -3... is added instead
cli-arg-collect-no-redact = Keep account ids, session names, access key ids and cluster endpoints as they are (for use inside one organisation)
cli-report-about = Show a case file written by collect as a report, in either language. Nothing is asked of AWS.
cli-report-examples =
    eks-iam-tui report case.json
    eks-iam-tui report case.json --lang ja -o markdown
    eks-iam-tui report case.json -o json
cli-arg-case-file = The case file written by collect

case-written = The case was written to { $path }.
case-redacted = Redacted before writing, each value always by the same placeholder (the mapping is not kept): { $accounts } account ids, { $sessions } session names, { $keys } access key ids, { $endpoints } cluster endpoints.
case-not-redacted = Not redacted (--no-redact): the file holds account ids, session names, access key ids and cluster endpoints as they are.
case-write-failed = The case could not be written to { $path }: { $details }
case-build-failed = The case could not be put together: { $details }

case-load-unreadable = The case file { $path } could not be read: { $details }
case-load-not-json = { $path } is not a case file: it is not JSON ({ $details }).
case-load-not-a-case = { $path } is not an eks-iam-tui case file (its "kind" is { $kind }).
case-load-too-new = { $path } was written in case schema { $found } by eks-iam-tui { $version }; this version reads schema { $supported } and older. Read it with a newer eks-iam-tui.
case-load-too-old = { $path } uses case schema { $found }, which no version of eks-iam-tui wrote; this version reads schema { $supported }.
case-load-invalid = { $path } does not read as a case file: { $details }
case-load-unknown-check = { $path } holds a check this version does not know ({ $check }); it was written by eks-iam-tui { $version }. Read it with that version or a newer one.

case-report-collected = Collected at { $at } by eks-iam-tui { $version }, in { $language }; replayed from { $path }, nothing was asked of AWS.
case-report-redacted = Its values were redacted before it was written.
case-language-en = English
case-language-ja = Japanese

# A message or finding from a newer version: shown with its id and values instead.
case-unknown-message = (message { $id } is not known to this version; its values: { $values })
finding-case-unknown-title = A finding this version does not know: { $code }
finding-case-unknown-detail = A newer version of eks-iam-tui found it. Its values: { $values }
finding-case-unknown-fix = Read the case with the version that collected it, or a newer one, for the explanation and the fix.

# `eks-iam-tui open FILE`: the wizard on a case file.
cli-open-about = Open a case file written by collect in the wizard, offline: the checks' results and evidence, the guide led by the findings, the pasted error, in either language. Nothing is asked of AWS until you press F5, which runs the checks again with your own credentials.
cli-open-examples =
    eks-iam-tui open case.json
    eks-iam-tui open case.json --lang ja
    eks-iam-tui open case.json --profile support-readonly
cli-arg-open-file = The case file written by collect
case-status = Case of { $at } (eks-iam-tui { $version }, { $language }) · { $status }
case-probe-title-collected = Checks as collected: { $symptom }
case-probe-intro-collected = Collected { $at } by eks-iam-tui { $version } in { $language }. F5 runs the checks live with your own credentials.
case-probe-settings-collected = Profile: { $profile } · Region: { $region } (as collected)
case-probe-kubeconfig = kubectl (collected): { $context } · cluster { $cluster } · { $region } · { $account }
case-probe-kubeconfig-exec = kubectl signed as role { $role } · profile { $profile } · token from { $command }
case-probe-settings-live = Live run with your own credentials: { $settings }
case-probe-collected-label = collected: [{ $outcome }]
case-probe-not-collected = not collected
case-probe-evidence-title = Evidence as collected: { $probe }
case-probe-footer-collected = { $findings ->
    [one] As collected: 1 finding · g guide (starts with it) · F5 live run
   *[other] As collected: { $findings } findings · g guide (starts with them) · F5 live run
}

# Sessions kept in the state directory.
cli-arg-resume = Reopen the wizard's latest kept session: the screen, the values, the pasted error and the checks' results
cli-arg-no-keep = Keep nothing of this session in the state directory (EKS_IAM_TUI_NO_KEEP=1 does the same); quitting with something typed, pasted or checked then asks first
session-quit-title = Quit without keeping?
session-quit-question = Keeping is switched off (--no-keep or EKS_IAM_TUI_NO_KEEP), so what was typed, pasted and checked in this session is lost when the wizard ends. To keep the case, answer n and press s on the guide or the check screen to save a case file.
session-kept = The case is kept in { $path }; eks-iam-tui --resume reopens it.
session-keep-failed = The case could not be kept in { $path }: { $details }
session-nothing-to-resume = No kept case to resume in { $dir }.
session-context-gone = The kept kubeconfig context { $context } is gone: using { $now } (F8 picks another).
session-context-gone-none = The kept kubeconfig context { $context } is gone: none in use (F8 picks one).
home-recent-entry = Recent cases
home-recent-entry-summary = { $count ->
    [one] 1 kept case, saved { $at }: open it as you left it
   *[other] { $count } kept cases, the latest saved { $at }: open one as you left it
}
case-recent-title = Recent cases
case-recent-line = { $at } · { $symptom }
case-recent-no-symptom = no symptom chosen yet
case-recent-case-file = opened from a case file

# `s`: save the case file.
case-save-title = Save the case file
case-save-intro = The case as it stands (the values, the pasted error, the checks' results) as one case file, to open with eks-iam-tui open or read with eks-iam-tui report. A file of this name is never replaced: -2, -3... is added.
case-save-redacted = Redacted: account ids, session names, access key ids and endpoints become placeholders (Ctrl-R: keep them)
case-save-not-redacted = Not redacted: the file holds every value as it is (Ctrl-R: redact)
case-saved = The case file was written to { $path } (not redacted).
case-saved-redacted = The case file was written to { $path }, redacted ({ $accounts } accounts, { $sessions } sessions, { $keys } keys, { $endpoints } endpoints).

# `C`: the whole report on the clipboard.
report-copied = Copied the whole report to the clipboard ({ $bytes } bytes, via OSC 52).
report-too-large-to-copy = Not copied: the report is { $bytes } bytes, more than a terminal takes over OSC 52 ({ $limit }). w on the guide writes it to a file instead.

case-report-kubeconfig = kubectl's context { $context }: cluster { $cluster }, Region { $region }, account { $account }.
case-report-kubeconfig-exec = Its token comes from: { $command } (role: { $role }, profile: { $profile }).
