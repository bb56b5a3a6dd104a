## Banks of mentors and mentees, matching, pairs and groups, personalised programmes.

bank-title = { $kind ->
    [m] <b>Bank of mentors</b>
   *[e] <b>Bank of mentees</b>
} — { $count }
bank-empty = { $kind ->
    [m] No mentor candidates match these filters.
   *[e] No mentees match these filters.
}
bank-any = all
bank-years = { $years } { $years ->
    [one] year
   *[other] years
}
bank-status = { $status ->
    [new] questionnaire filled in, no decision yet
    [approved] approved as a mentor
    [trained] approved, training done
    [rejected] not selected
    [no_form] questionnaire not filled in
   *[other] { $status }
}
bank-state = { $state ->
    [unmatched] no pair
    [proposed] pair proposed, waiting for answers
   *[matched] in a pair
}
bank-mentor-line = <b>{ $name }</b> — { $subject }, experience { $experience }; { bank-status }; mentees { $load } of { $capacity }
bank-mentee-line = <b>{ $name }</b> — { $kind ->
    [teacher] teacher
   *[student] student
}, { $subject }; { bank-state }{ $support ->
    [yes] ; 🧡 psychological support
   *[no] { "" }
}
bank-filter-status = Status: { $value ->
    [any] all
    [new] undecided
    [approved] approved
    [trained] trained
    [rejected] not selected
    [no_form] no questionnaire
    [unmatched] no pair
    [proposed] pair proposed
    [matched] in a pair
   *[other] { $value }
}
bank-filter-form = Form: { $value }
bank-filter-exp = Experience: { $value ->
    [any] any
    [upto3] under 3 years
    [upto10] 3–10 years
   *[other] 10 years or more
}
bank-filter-matched = In a pair: { $value ->
    [yes] yes
    [no] no
   *[other] all
}
bank-filter-subject = 🔎 Subject: { $value }
bank-filter-reset = Reset filters
bank-ask-subject = Type a subject or part of it, e.g. «maths». I will show those who have it in their questionnaire or profile.
bank-no-form = <i>Questionnaire not filled in.</i>
bank-card-mentor =
    <b>{ $name }</b>
    Position: { $position }
    Subject: { $subject }
    Experience: { $experience }
    Status: { bank-status }
    Mentees: { $load } of { $capacity }
bank-card-mentee =
    <b>{ $name }</b> — { $kind ->
        [teacher] mentee teacher
       *[student] mentee student
    }
    Position or class: { $position }
    Subject: { $subject }
    Status: { bank-state }, since { $since }
bank-card-trained = Mentor training completed: { $date }
bank-card-reason = Reason for the decision: { $reason }
bank-card-declined = ⚠️ The proposed pair did not work out or the previous one ended early — another mentor is needed.
bank-card-support = 🧡 Flagged for psychological support.
bank-btn-approve = ✅ Approve as a mentor
bank-btn-trained = 🎓 Training done (today)
bank-btn-reject = Do not select…
bank-btn-suggest = 🔎 Find a mentor
bank-btn-support = { $on ->
    [yes] Remove the support flag
   *[no] 🧡 Needs psychological support
}
bank-btn-back = ← Back to the list
bank-approved = The candidate is approved as a mentor and has been told.
bank-trained = Noted: mentor training completed.
bank-support-set = { $on ->
    [yes] Noted: the mentee needs psychological support. They stay in /unmatched until they have a pair.
   *[no] The support flag is removed.
}
bank-ask-reason = Why is { $name } not selected as a mentor? Write briefly — the person will see this text.
bank-rejected = Decision saved; { $name } has been told the reason.
bank-error-approve-first = Approve the candidate as a mentor first.
bank-error-reason = Type the reason as text, up to { $limit } characters.
bank-error-has-pairs = This mentor has pairs in progress. End them in /pairs first.
bank-notify-approved = 🎉 You are approved as a mentor in the mentoring programme. The coordinator will match you with a mentee; the proposal will come here.
bank-notify-rejected = Thank you for filling in the mentor questionnaire. This time the coordinator has not included you among the mentors. Reason: { $reason }
bank-notify-unmatched = 🔔 Mentees without a pair: { $count } (waiting over { $days } days or the pair did not work out){ $support ->
    [0] .
   *[other] , { $support } of them flagged for psychological support.
} The list and mentor suggestions — /unmatched.
bank-unmatched-title = <b>Mentees without a pair</b> — { $count } (waiting over { $days } days, the pair did not work out, or support needed)
bank-unmatched-line = { $number }. { $name } — waiting since { $since }{ $declined ->
    [yes] ; the pair did not work out or ended early
   *[no] { "" }
}{ $support ->
    [yes] ; 🧡 support
   *[no] { "" }
}
bank-unmatched-none = Every mentee has a pair or has not waited long. 👍

match-title = <b>Mentor suggestions for { $name }</b>
    Best matches first; points for each factor in brackets.
match-line = <b>{ $number }. { $name }</b> — { $score } points, free places: { $free } of { $capacity }
match-none = No suitable mentors: approved mentors have no free places or do not work in the needed form. Approve new candidates in /mentors.
match-btn-choose = Choose { $number }: { $name }

draft-ask-form = Choose the form of mentoring:
draft-ask-term = Until when does the pair work? It starts today.
draft-term = { $term ->
    [year] Until the end of the school year ({ $date })
    [3] 3 months (until { $date })
    [6] 6 months (until { $date })
   *[other] 1 year (until { $date })
}
draft-summary =
    <b>Check the pair before sending</b>
    Mentor: { $mentor }
    Mentees: { $mentees }
    Form: { mentorship-form }
    Term: { $starts } — { $ends }
    Free places the mentor has: { $free }

    Everyone gets the proposal and confirms it in the bot (the consent is logged). You can add more mentees to make a group.
draft-btn-more = ➕ Add a mentee (group)
draft-btn-send = 📨 Send the proposal
draft-btn-cancel = Cancel
draft-btn-back = ← Back
draft-ask-more = Whom to add to the group? Suitable mentees without a pair: { $count }, with their match points for this mentor.
draft-no-more = No other mentees without a pair in this form.
draft-sent = Proposal of pair no. { $id } sent: { $count } { $count ->
    [one] participant
   *[other] participants
}. I will tell you when everyone has answered.
draft-cancelled = Cancelled; nothing was saved.

pair-error-members = A pair or group needs at least one mentee (at most { $max }), and not the mentor themself.
pair-error-dates = The end date must be after the start.
pair-error-not-approved = This candidate is not approved as a mentor yet — approve them in /mentors.
pair-error-capacity = The mentor does not have enough places: { $free } free.
pair-error-mentee-busy = { $name } is already in a pair or has a proposal.
pair-error-form = This form does not suit the mentee (teachers: «teacher – teacher» or «leader – teacher»; students: the others).
pair-stale = This button is out of date — open /mypair or /pairs again.

pair-notify-proposed = 🤝 You are proposed a mentoring pair. See who it is with and confirm.
pair-btn-open = Open
pair-notify-answer = Pair no. { $id } ({ $pair }): { $who } { $answer ->
    [confirmed] confirmed
   *[declined] declined
} ({ $role ->
    [mentor] mentor
   *[other] mentee
}).
pair-notify-declined = Pair no. { $id } ({ $pair }) did not work out: the mentees are back in the bank. Find another mentor in /unmatched.
pair-notify-cancelled = The proposed mentoring pair did not work out: another participant declined. The coordinator will find a new pair.
pair-notify-active = ✅ The mentoring pair is approved: everyone agreed. Next step — draw up the personalised programme.
pair-notify-formed = ✅ Pair no. { $id } is formed: { $pair }. It goes into the order fixing the pairs (/pairs).
pair-notify-signal = ⚠️ Pair no. { $id } ({ $pair }): { $who } ({ $role ->
    [mentor] mentor
   *[other] mentee
}) says the pair is not working. The other side does not know.
pair-notify-ending = A participant asked to end mentoring early. The pair ends on { $date } (after 3 working days, Labour Code art. 351.8).
pair-notify-leaving = A mentee of your group asked to leave it. From { $date } the group goes on without them.
pair-notify-ending-coord = Pair no. { $id } ({ $pair }): { $who } asks to end mentoring early — from { $date }.
pair-notify-ended = The mentoring pair has ended. Thank you for your work!
pair-notify-ended-coord = Pair no. { $id } ({ $pair }) ended early. The mentees are back in the bank — /unmatched.
pair-notify-completed = 🎓 The mentoring pair is completed: the programme is done. Thank you!
pair-notify-member-left = A member of your mentoring pair has left the programme. Details — /mypair.

pair-none = You have no mentoring pair yet. When the coordinator proposes one, a message will come.
pair-card-title = <b>{ $group ->
    [yes] Mentoring group
   *[no] Mentoring pair
} no. { $id }</b> — { $status ->
    [proposed] proposed, waiting for answers
    [active] in progress
    [ending] ending early
    [ended] ended early
    [completed] completed
    [declined] did not work out
   *[other] { $status }
}
pair-card-form = Form: { $form }
pair-card-term = Term: { $starts } — { $ends }
pair-card-mentor = Mentor: { $who }
pair-card-mentees = { $count ->
    [one] Mentee
   *[other] Mentees
}: { $who }
pair-card-ending = Ends on: { $date }
pair-btn-contact = 💬 Message { $name }
pair-btn-confirm = ✅ I agree
pair-btn-decline = Decline
pair-confirmed = Thank you, your consent is recorded. { $active ->
    [yes] Everyone agreed — the pair has started!
   *[no] Waiting for the others to answer.
}
pair-declined = You declined. The coordinator will be told and will find another pair.
pair-btn-signal = ⚠️ The pair is not working
pair-btn-end = End early
pair-btn-complete = 🎓 Complete: programme done
pair-btn-stop = Stop the pair
pair-btn-cancel = Cancel
pair-ask-sure = { $what ->
    [sig] Tell the coordinator the pair is not working? The other side will not know.
    [end] End mentoring early? It takes effect after 3 working days; the participants and the coordinator are told.
   *[other] Stop the pair now? The participants are told; the mentees go back to the bank.
}
pair-btn-sure = { $what ->
    [sig] Yes, tell the coordinator
    [end] Yes, end early
   *[other] Yes, stop it
}
pair-signal-sent = Only the coordinator got the message. They will contact you.
pair-end-requested = Done: mentoring ends for you on { $date }. The coordinator and the others have been told.
pair-closed = { $completed ->
    [yes] The pair is completed.
   *[no] The pair is stopped.
} The participants have been told.

programme-progress = <b>Programme:</b> { $done } of { $total } { $total ->
    [one] task
   *[other] tasks
} done
programme-due = { " " }(due { $date })
programme-next = ➡️ Next step: «{ $title }», due { $due }
programme-empty-mentor = No programme yet. Add goals and tasks from the mentee's requests — buttons below.
programme-btn-goal = 🎯 Add a goal
programme-btn-task = ➕ Add a task
programme-btn-share = 📨 Show the programme to the mentee
programme-btn-doc = 📄 Programme (.docx)
programme-btn-no-date = No due date
programme-ask-title = { $kind ->
    [goal] Type the goal, e.g. «Learn formative assessment techniques».
   *[task] Type the task, e.g. «Attend 3 of the mentor's lessons and discuss them».
}
programme-ask-due = Due date? Type a date, e.g. 15.12.2026, or press «No due date».
programme-goal-added = Goal added.
programme-task-added = Task added.
programme-toggled = { $done ->
    [yes] Marked done ✅
   *[no] Mark removed
}
programme-shared = The mentees have been told about the programme ({ $count }).
programme-notify-shared = 📋 Your mentor has drawn up (or updated) your personalised programme. Take a look.
programme-doc-caption = Personalised mentoring programme, pair no. { $id }
programme-error-title = Type the text, up to { $limit } characters.
programme-error-full = The programme already has many items (at most { $limit }).
programme-error-date = The due date must be within the pair's term: { $starts } to { $ends }.
programme-error-empty = Add at least one task to the programme first.

pairs-title = <b>{ $closed ->
    [yes] Closed pairs and groups
   *[no] Pairs in progress and proposed
}</b> — { $count }
pairs-line = No. { $id }. { $mentor } → { $mentees } · { $form } · { $status ->
    [proposed] awaiting consent
    [active] in progress
    [ending] ending
    [ended] stopped
    [completed] completed
    [declined] did not work out
   *[other] { $status }
} · tasks { $done }/{ $total }{ $signals ->
    [0] { "" }
   *[other] { " " }· ⚠️ { $signals }
}
pairs-empty = No pairs yet. Find a mentor in /mentees or /unmatched.
pairs-btn-order = 📄 Order fixing the pairs (.docx)
pairs-btn-other = { $closed ->
    [yes] Closed pairs
   *[no] Pairs in progress
}
pairs-order-caption = Draft order «On fixing mentoring pairs/groups»: { $count } pairs in the appendix. Check, print and sign.
