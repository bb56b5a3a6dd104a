## Preparing the year-end report: the local acts (/acts), conclusions and tasks for next year.

yr-act-name = { $kind ->
    [regulation] Regulation on the mentoring system
    [programme_order] Order approving the mentoring programme
   *[pairs_order] Order assigning mentoring pairs/groups
}
yr-act = • { yr-act-name }: No. { $number } of { $date }
yr-act-missing = • { yr-act-name }: <i>not recorded</i>
yr-acts-title = <b>Local acts</b>
yr-acts-hint = To record or correct a number and a date, press the act. The bot puts the number of the order assigning pairs into the draft order (/pairs).
yr-btn-act = { $kind ->
    [regulation] 📘 Regulation
    [programme_order] 📗 Order on the programme
   *[pairs_order] 📙 Order on the pairs
}
yr-ask-act =
    { yr-act-name } — type its number and date in one line, e.g. <i>No. 45 of 28.08.2026</i>.

    Cancel — /cancel
yr-error-act = I did not understand the number and date. Type them in one line, e.g. <i>No. 45 of 28.08.2026</i> (the number up to 40 characters).
yr-act-saved = ✅ Recorded: { yr-act-name }, No. { $number } of { $date }.

yr-prep-title = <b>Year-end report for school year { $year }</b>
yr-conclusions-title = <b>Conclusions:</b>
yr-tasks-title = <b>Tasks for next year:</b>
yr-conclusions-missing = The conclusions and tasks for next year are not written for this year yet.
yr-prep-hint = Check the local acts and the conclusions and press “Make the report”.
yr-btn-conclusions = ✏️ Conclusions and tasks
yr-btn-make = 📄 Make the report
yr-btn-keep = Keep last year's
yr-ask-conclusions =
    Before the report for school year { $year }: type the <b>conclusions</b> of the year — what worked, what did not, how the programme helped its participants (up to 3000 characters).

    Cancel — /cancel
yr-ask-conclusions-previous =
    The conclusions and tasks written for school year { $year }:

    <b>Conclusions:</b> { $conclusions }

    <b>Tasks:</b> { $tasks }

    Type this year's conclusions (copy and edit last year's if you like) or keep them as they were with the button below.
yr-ask-conclusions-again =
    Written now: { $conclusions }

    Type the conclusions again (up to 3000 characters). Cancel — /cancel
yr-ask-tasks = Now the <b>tasks for the next school year</b> (up to 3000 characters).
yr-error-text = Type it as text — 3 to 3000 characters.
yr-conclusions-saved = ✅ The conclusions and tasks are saved. Next year the bot will offer to start from them.
yr-kept = Last year's kept
yr-caption = Report on the mentoring programme for school year { $year }
