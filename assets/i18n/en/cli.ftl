# Riskdesk, English. Keys are shared with zh-CN.ftl; a test checks that both files
# have the same keys and that every key is used. Terms: glossary.tsv.

## riskdesk report
report-as-of = as of { $date } · policy: { $policy }
report-col-band = band
report-col-applicants = applic.
report-col-approved = approved
report-col-approval-rate = appr.%
report-col-expected-bad = exp.bad
report-col-total-limit = total limit
report-col-expected-loss = exp. loss
report-col-booked = booked
report-col-drawn = drawn
report-col-obs30 = 30+ obs
report-col-obs90 = 90+ obs
report-total = total
report-summary = referred { $referred } · declined { $declined } · revenue { $revenue } · margin { $margin } · booked EAD { $ead } · booked EL { $el }
report-legend = expected = estimated from PD for the approved; obs = observed on booked accounts with 12+ months on book

## Shared by the commands
cli-lang-all = --lang all is for screenshot only: use --lang en or --lang zh-CN
cli-applicants-min = --applicants must be at least 1
cli-in-file = { $path }: { $detail }
cli-cannot-read = { $path }: cannot be read: { $detail }
cli-cannot-write = { $path }: cannot be written: { $detail }
cli-cannot-write-json = cannot write JSON: { $detail }
cli-warning = warning: { $text }
cli-rows-left-out = { $rows } rows of { $column } are neither bad nor good and were left out

## riskdesk report
report-invalid-policy = { $path }: not a valid policy: { $detail }
report-audit-warning = warning: { $path }: audit log { $summary }

## riskdesk generate
generate-progress = generating: { $percent }%
generate-wrote = wrote { $path }: { $applicants } applicants, { $accounts } accounts, { $orders } orders, { $rows } month-end rows in { $duration }

## riskdesk audit
audit-log = { $path }: audit log { $summary }
audit-intact = intact: { $entries } entries, head { $head }
audit-intact-unprotected = intact: { $entries } entries, head { $head } (entries 1–{ $last } were written before the log was chained and were not protected before the upgrade)
audit-empty-log = (empty log)
audit-not-intact = NOT intact: { $detail }
audit-break-edited = audit entry { $entry } was edited after it was written
audit-break-deleted = audit entry { $entry } does not follow the one before it: an entry before it was deleted
audit-break-reordered = audit entry { $entry } does not follow the one before it: entries were reordered
audit-break-newest-deleted = the newest audit entries were deleted (the log ends before its recorded head, at entry { $entry })
audit-cannot-read = { $path }: cannot read the audit log: { $detail }
audit-anchor-found = anchor { $anchor } is entry { $entry }; { $following } entries follow it
audit-anchor-missing = { $path }: no audit entry has the hash { $anchor }: the log was rewritten or rolled back since that anchor was recorded
audit-exported = wrote { $entries } audit entries to { $path }; audit log { $summary }

## riskdesk scorecard
scorecard-not-a-card = { $path }: not a scorecard: { $detail }

## riskdesk scorecard fit
fit-monotonic = --monotonic must be auto, asc, desc, peak, valley or none, not { $value }
fit-min-bin-share = --min-bin-share must be at least 0 and below 0.5
fit-data-needed = give --csv with --target and --bad, or --db
fit-invalid-wording = { $path }: not valid wording: { $detail }
fit-personal = warning: column { $column } { $why }: left out of the fit (personal data; --allow-personal { $column } to fit on it)
fit-suspect = warning: column { $column } { $why }; --exclude { $column } leaves it out
fit-why-name = looks like people's names
fit-why-phone = looks like phone numbers
fit-why-id-number = looks like ID numbers
fit-why-identifier = looks like an identifier (a row key), not a characteristic
fit-data = { $name }: { $rows } rows ({ $goods } goods, { $bads } bads, bad rate { $rate }%)
fit-col-characteristic = characteristic
fit-col-iv = IV
fit-col-status = status
fit-col-coef = coef
fit-col-std-err = std err
fit-col-bins = bins
fit-status-in = in
fit-status-low-iv = low IV
fit-status-wrong-sign = wrong sign
fit-intercept = intercept { $intercept } (std err { $stderr }); { $iterations } Newton iterations{ $converged }
fit-bins-coding = points from one effect per bin (--coding bins), drawn toward the WoE fit above ({ $iterations } Newton iterations{ $converged }); intercept { $intercept }
fit-not-converged = , NOT converged
fit-gini = Gini on the training rows { $gini }; scores run { $low } to { $high }
fit-written = written to { $path }

## riskdesk scorecard apply
apply-id-is-characteristic = --id { $id }: it is a characteristic of the card; name a key column
apply-id-missing = --id { $id }: { $path } has no column { $id }
apply-scored = { $rows } rows scored with { $card } into { $path }

## riskdesk scorecard report
screport-data-needed = give --card and --csv with --target and --bad, or --db
screport-bands = --bands must be deciles, product or a number of bands from 1 to 100, not { $value }
screport-title = Scorecard report
screport-card = card: { $card }
screport-card-file = { $path } (“{ $name }”)
screport-own-card = the portfolio's own card, “{ $name }”
screport-data = data: { $path }
screport-rows = { $rows } rows: { $goods } goods, { $bads } bads, { $unknown } without an outcome
screport-metrics = AUC { $auc }   Gini { $gini }   KS { $ks } at score { $score }
screport-psi = PSI against the development sample { $psi } ({ $flag })
screport-stable = stable
screport-watch = watch
screport-shifted = shifted
screport-gains = Gains table (best scores first)
screport-col-band = band
screport-col-scores = scores
screport-col-rows = rows
screport-col-bads = bads
screport-col-bad-rate = bad rate
screport-col-pd = pred. PD
screport-col-cum-approved = cum. appr
screport-col-cum-bad = cum. bad
screport-col-bads-below = bads below
screport-gains-legend = cum. appr: rows in the band and above (approved by a cut-off at its lowest score); cum. bad: their bad rate; bads below: share of all bads in the bands below (declined by that cut-off) = 1 − cumulative_bad_share (docs/scorecard.md)
screport-characteristics = Characteristics (IV on this data; CSI against development)
screport-csi = CSI { $csi } ({ $flag })
screport-bin = { $label } { $goods } goods { $bads } bads { $rate } WoE { $woe } points { $points }

## riskdesk bench
bench-generating = generating { $applicants } applicants into { $path } …
bench-measuring = measuring on { $path } …
bench-nothing-loaded = nothing was loaded
bench-fit-failed = the benchmark fit failed: { $detail }
bench-title = { $applicants } applicants ({ $path }); medians, targets for 1,000,000 applicants
bench-col-key = key
bench-col-measured = measured
bench-col-target = target
bench-fit-rows = { $seconds } s ({ $rows } rows)
