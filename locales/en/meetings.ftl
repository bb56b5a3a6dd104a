## The meeting log of mentoring pairs.

meeting-error-minutes = The duration is { $min } to { $max } { $max ->
    [one] minute
   *[other] minutes
}, e.g. “45 min” or “1.5 h”.
meeting-error-topic = The topic is too long: at most { $limit } { $limit ->
    [one] character
   *[other] characters
}. Details can go into the notes.
meeting-error-future = That date has not come yet. A meeting is logged after it took place.
meeting-error-old = The date is too long ago — more than a year. Check the day and the year.
meeting-error-no-topic = Type the topic of the meeting — a few words at least.
meeting-error-notes = The notes are too long: at most { $limit } { $limit ->
    [one] character
   *[other] characters
}.
meeting-error-too-late = A log can be changed or deleted only within { $days } { $days ->
    [one] day
   *[other] days
}. For a correction, write to the coordinator.
meeting-error-pair-closed = This pair is no longer working — meetings are not logged to it.
meeting-stale = This button is out of date: the meeting was changed, deleted or already answered.
meeting-kind = { $kind ->
    [organisational] organisational
    [trial] trial working
    [planning] planning
    [final] final
   *[regular] regular
}
meeting-notify-logged = 📝 { $who } logged a meeting: { meeting-kind }, { $date }, { $minutes } min — “{ $topic }”. Did it take place?
meeting-btn-confirm = ✅ Yes, it did
meeting-btn-dispute = It did not
meeting-notify-disputed = ⚠️ Pair no. { $id }: { meeting-who-disputed } the meeting of { $date } (“{ $topic }”) did not take place. The author of the log knows. How do you settle it?
meeting-nudge-mentor = 👋 No meetings have been logged in your mentoring pair for { $days } { $days ->
    [one] day
   *[other] days
}. If you have met, log the meeting — it takes a couple of taps.
meeting-btn-log = 📝 Log a meeting
meeting-nudge-coordinator = Pair no. { $id }: no meetings logged for { $days } { $days ->
    [one] day
   *[other] days
}. The pair may need support.
meeting-error-text = Please type the answer as text.
meeting-no-pair = You have no working mentoring pair — there is nowhere to log a meeting yet. Pairs — /mypair.
meeting-ask-pair = Which pair is the meeting for?
meeting-ask-kind = What kind of meeting was it? The expected one is first.
meeting-kind-button = { $expected ->
    [yes] ➡️ { meeting-kind }
   *[no] { meeting-kind }
}
meeting-ask-day = When was the meeting?
meeting-day = { $day ->
    [today] Today
    [yesterday] Yesterday
   *[other] Another date…
}
meeting-ask-date = Type the date of the meeting, e.g. 18.11, 18.11.2026 or “18 November”.
meeting-ask-minutes = How long was the meeting?
meeting-minutes = { $minutes } min
meeting-minutes-other = Other…
meeting-ask-minutes-typed = Type the duration in minutes, { $min } to { $max }.
meeting-ask-format = How was the meeting held?
meeting-format = { $format ->
    [online] 💻 Online
   *[in_person] 🤝 In person
}
meeting-ask-topic = The topic? E.g. “Lesson analysis”, “Preparing a parents' meeting”.
meeting-ask-notes = Notes and next steps (optional) — or “Skip”.
meeting-btn-skip = Skip
meeting-ask-tasks = Which programme tasks was the meeting about? Tick them and press “Done”.
meeting-btn-tasks-done = Done
meeting-summary =
    <b>{ $editing ->
        [yes] Check the changes
       *[no] Check the meeting log
    }</b>
    Type: { meeting-kind }
    Date: { $date }
    Duration: { $minutes } min
    Format: { $format ->
        [online] online
       *[in_person] in person
    }
    Topic: { $topic }
    Notes: { $notes }
    Programme tasks: { $tasks }
meeting-change = { $field ->
    [kind] Type
    [held_on] Date
    [minutes] Duration
    [format] Format
    [topic] Topic
   *[notes] Notes
}
meeting-btn-save = ✅ Save
meeting-btn-cancel = Cancel
meeting-cancelled = The meeting log is cancelled; nothing was saved.
meeting-saved = Meeting logged ({ meeting-kind }). The other side of the pair will be asked to confirm it.{ $final ->
    [yes] { " " }This is the final meeting — the coordinator will be offered to complete the pair and run the surveys.
   *[no] { "" }
}
meeting-btn-history = 📋 Meeting history
meeting-btn-history-of = 📋 Meetings of pair no. { $id }
meeting-ask-history = The history of which pair?
meeting-answered = { $happened ->
    [yes] Thank you, the meeting is confirmed ✅
   *[no] Noted that the meeting did not take place. The author of the log and the coordinator have been told.
}
meeting-history-title = <b>Meetings of pair no. { $id }</b>: { $count }, { $hours } h in all; last — { $last }{ $days ->
    [-1] { "" }
   *[other] { " " }({ $days } { $days ->
        [one] day
       *[other] days
    } ago)
}{ $disputed ->
    [0] { "" }
   *[other] ; disputed: { $disputed }
}
meeting-history-kind = • { meeting-kind }: { $count }
meeting-history-line = { $date } — { meeting-kind }, { $minutes } min: { $topic } { $status ->
    [confirmed] ✅
    [disputed] ⚠️ not confirmed
   *[logged] ⏳
}
meeting-btn-edit = ✏️ Edit: { $date }, { $topic }
meeting-btn-delete = 🗑 Delete: { $date }, { $topic }
meeting-ask-delete = Delete the log of the meeting of { $date } — “{ $topic }”? It cannot be brought back.
meeting-btn-delete-sure = Yes, delete
meeting-deleted = The log of the meeting of { $date } — “{ $topic }” is deleted.
meeting-notify-final = 🎓 Pair no. { $id } has held its final meeting. Complete the pair and send the participants the satisfaction surveys?
meeting-btn-finish = 🎓 Complete and send surveys
meeting-finished = Pair no. { $id } is completed. The mentor and the mentees have been sent the satisfaction surveys, due { $deadline }. Results — /campaigns.
activity-title = <b>Pairs' activity</b> — meetings this month: { $count }
activity-no-meetings = <b>No meetings:</b> { $count }
activity-no-organisational = <b>No organisational meeting:</b> { $count }
activity-disputed = <b>Disputed logs:</b> { $count }
activity-disputed-line = • No. { $id }: { $date } — { $topic }
activity-quiet = <b>No meetings for { $days } { $days ->
    [one] day
   *[other] days
} or longer:</b> { $count }
meeting-error-disputed = This log is disputed — it cannot be deleted; the coordinator will sort it out. You can edit it if it has a mistake.
activity-pair-line = • No. { $id }: { $mentor } → { $mentees }
activity-quiet-line = • No. { $id }: { $mentor } — { $days } { $days ->
    [one] day
   *[other] days
} without meetings

## A disputed meeting (“It did not”): the author is told, the coordinator settles it
meeting-error-before-pair = The pair has been working since { $date }, and the meeting is dated earlier. Enter a date no earlier than { $date }.
meeting-who-disputed = { $who } marked that
meeting-notify-disputed-author = ⚠️ { meeting-who-disputed } the meeting of { $date } (“{ $topic }”) did not take place. The coordinator has been told and will sort it out. If the log has a mistake, correct it in /meetings.
meeting-notify-recheck = ❓ The coordinator asks you to check this log once more: { meeting-kind }, { $date }, { $minutes } min — “{ $topic }” (logged by { $who }). Did the meeting take place?
meeting-notify-settled = { $how ->
    [confirm] ✅ The coordinator counted the meeting of { $date } (“{ $topic }”) as held.
    [delete] 🗑 The coordinator deleted the log of the meeting of { $date } (“{ $topic }”).
   *[ask] ❓ The coordinator asked the pair whether the meeting of { $date } (“{ $topic }”) took place. The other side has been asked again; if the log has a mistake, correct it in /meetings.
}
meeting-btn-settle-confirm = ✅ It took place
meeting-btn-settle-delete = 🗑 Delete the log
meeting-btn-settle-ask = ❓ Ask the pair
meeting-btn-settle-delete-sure = Yes, delete the log
meeting-dispute-settled = This dispute is settled already — the log was confirmed, deleted or the pair is answering again. The current list — /activity.
meeting-dispute-card = <b>Disputed meeting, pair no. { $id }</b> ({ $mentor } → { $mentees })
    Meeting: { meeting-kind }, { $date }, { $minutes } min — “{ $topic }”
    Logged by: { $author }
    Says it did not take place: { $disputed }
meeting-ask-settle-delete = Delete the log of pair no. { $id }'s meeting of { $date } — “{ $topic }”? The participants will be told; the log cannot be brought back.
meeting-settled = { $how ->
    [confirm] The meeting of pair no. { $id } of { $date } is counted as held.
    [delete] The log of pair no. { $id }'s meeting of { $date } is deleted.
   *[ask] Pair no. { $id } has been asked about the meeting of { $date } again.
} The participants have been told.
activity-btn-dispute = ⚠️ No. { $id }: { $date }, { $topic }
