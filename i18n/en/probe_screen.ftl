# The wizard's probe screen: live checks between the details and the guide.

probe-screen-title = Checking with AWS: { $symptom }
probe-screen-intro = These checks run for this symptom, all at once. They only read: nothing in your AWS account changes.
probe-screen-settings = Profile (F6): { $profile } · Region (F7): { $region } · time limits: connect { $connect }, each call { $call }
probe-screen-settings-short = Profile (F6): { $profile } · Region (F7): { $region }
probe-screen-region-chain = from the AWS configuration
probe-screen-pending = waiting to start
probe-screen-running = checking…
probe-screen-waiting-for = waiting for: { $probes }
# Two items of a list, or a list so far and its next item.
probe-screen-list-pair = { $first }, { $second }
probe-screen-footer-not-started = Answer the question above to start the checks.
probe-screen-footer-running = { $done } of { $total } checks done. Keys work meanwhile.
probe-screen-footer-done = All checks done: { $findings ->
    [0] no findings. Press g for the guide.
    [one] 1 finding. Press g for the guide, which starts with it.
   *[other] { $findings } findings. Press g for the guide, which starts with them.
}
probe-screen-evidence-title = Evidence: { $probe }
probe-screen-evidence-outcome = Result: { $outcome } (took { $ms } ms)
probe-screen-evidence-heading = What AWS said:
probe-screen-evidence-heading-cluster = What the cluster said:
probe-screen-evidence-none = No evidence was collected.
probe-screen-evidence-finding = Finding: { $title }

probe-prompt-title = Allow sts:AssumeRole?
probe-prompt-text = To check cross-account access from the other side, the tool would call sts:AssumeRole into { $role }. It is the only call that is not a plain read: it changes nothing, but CloudTrail records it. Without it, that check reads only the role's trust policy.
probe-prompt-text-kubectl = kubectl's context { $context } assumes { $role } before it signs. To ask the cluster as kubectl does, the tool would call sts:AssumeRole into that role. It is the only call that is not a plain read: it changes nothing, but CloudTrail records it. Without it, the Kubernetes checks ask as your own identity.
probe-prompt-question = Allow it? y yes · n no

probe-guide-finding = Found: { $title }
probe-guide-finding-text = { $detail } Fix: { $fix }
probe-screen-footer-none-answered = { $findings ->
    [0] No check could get an answer, so nothing was checked. Open a check (Enter) to see why.
    [one] No check could get an answer, so nothing was checked; 1 finding says why. Press g for the guide.
   *[other] No check could get an answer, so nothing was checked; { $findings } findings say why. Press g for the guide.
}
picker-title-profile = AWS profile for the checks
picker-title-region = Region for the checks
picker-title-context = kubeconfig context
picker-in-use = { $choice } (in use)
picker-empty = No EKS context in the kubeconfig.
probe-screen-footer-profile-changed = The AWS profile changed, so the earlier results were cleared: press r or F5 to run the checks with it.
probe-screen-footer-region-changed = The Region changed, so the earlier results were cleared: press r or F5 to run the checks in it.
probe-screen-footer-context-changed = The kubeconfig context changed, so the earlier results were cleared: press r or F5 to run the checks again.
