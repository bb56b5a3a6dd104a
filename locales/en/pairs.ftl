## Mentoring pairs and groups, personalised programmes, the order fixing the pairs.

pair-error-members = A pair or group needs at least one mentee (at most { $max }), and not the mentor themself.
pair-error-dates = The end date must be after the start.
pair-error-not-approved = This candidate is not approved as a mentor yet — approve them in /mentors.
pair-error-capacity = The mentor does not have enough places: { $free } free.
pair-error-mentee-busy = { $name } is already in a pair or has a proposal.
pair-error-form = This form does not suit the mentee (teachers: “teacher – teacher” or “leader – teacher”; students: the others).
pair-stale = This button is out of date — open /mypair or /pairs again.

pair-notify-proposed = 🤝 You are proposed a mentoring pair. See who it is with and confirm.
pair-btn-open = Open
pair-notify-answer = Pair no. { $id } ({ $pair }): { $who } { $answer ->
    [confirmed] confirmed
   *[declined] declined
} ({ $role ->
    [mentor] mentor
    [parent] the mentee's parent (legal representative)
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
pair-notify-ending = A participant asked to end mentoring early. The pair ends on { $date } ({ $labour ->
    [yes] after 3 working days, Labour Code art. 351.8
   *[no] after 3 working days, under the programme's rules
}).
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
   *[other] Stop pair no. { $id } ({ $mentor } → { $mentees }) now? The participants are told; the mentees go back to the bank.
}
pair-btn-sure = { $what ->
    [sig] Yes, tell the coordinator
    [end] Yes, end early
   *[other] Yes, stop it
}
pair-signal-sent = Only the coordinator got the message. They will contact you.
pair-signal-already = You have already told the coordinator that the pair is not working. They will get in touch with you.
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
programme-next = ➡️ Next step: “{ $title }”, due { $due }
programme-empty-mentor = No programme yet. Add goals and tasks from the mentee's requests — buttons below.
programme-btn-goal = 🎯 Add a goal
programme-btn-task = ➕ Add a task
programme-btn-share = 📨 Show the programme to the mentee
programme-btn-doc = 📄 Programme (.docx)
programme-btn-no-date = No due date
programme-ask-title = { $kind ->
    [goal] Type the goal, e.g. “Learn formative assessment techniques”.
   *[task] Type the task, e.g. “Attend 3 of the mentor's lessons and discuss them”.
}
programme-ask-due = Due date? Type a date — e.g. 15.12, “by 15 December” or 15.12.2026 — or press “No due date”.
programme-goal-added = Goal added.
programme-task-added = Task added.
programme-toggled = { $done ->
    [yes] Marked done ✅
   *[no] Mark removed
}
programme-shared = The mentees have been told about the programme ({ $count }).
programme-notify-shared = 📋 Your mentor has drawn up (or updated) your personalised programme. Take a look.
programme-doc-caption = Personalised mentoring programme, pair no. { $id }
programme-error-title = Type the text, up to { $limit } { $limit ->
    [one] character
   *[other] characters
}.
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
pairs-order-caption = Draft order “On fixing mentoring pairs/groups”: { $count } { $count ->
    [one] pair
   *[other] pairs
} in the appendix. Check, print and sign.

## Word documents (roadmap stage 5): the draft order fixing mentoring pairs/groups and the personalised
## mentoring programme. Names, positions and titles are inserted by the code, not by the translator.

doc-form = { $form ->
    [teacher_teacher] teacher – teacher
    [teacher_student] teacher – student
    [student_student] student – student
    [college_student_pupil] college student – school student
    [employer_student] employer – student
    [leader_teacher] school leader – teacher
   *[other] { $form }
}
doc-term-open = from { $date }

doc-order-heading = ORDER
doc-order-number = No. { $number }
doc-order-title = On assigning mentoring pairs/groups
doc-order-preamble = In accordance with { $labour ->
    [yes] Article 351.8 of the Labour Code of the Russian Federation (mentoring of employees — for the pairs of teaching staff),{ " " }
   *[no] { "" }
}{ $learners ->
    [yes] Order No. R-145 of the Ministry of Education of 25.12.2019 (the target model of mentoring of learners),{ " " }
   *[no] { "" }
}the Regulation on the mentoring system and the organisation's roadmap for introducing mentoring, on the basis of the mentors' consent to take part in mentoring and the consent of the mentees (of the legal representatives of participants under 18){ $partners ->
    [yes] , the cooperation agreements with partner organisations
   *[no] { "" }
}, in order to support the adaptation and the professional and personal development of the mentees,
doc-order-command = I HEREBY ORDER:
doc-order-item-pairs = To assign the mentoring pairs/groups listed in { $count ->
    [one] the appendix to this order
   *[other] appendices 1–{ $count } to this order (by form of mentoring)
}.
doc-order-item-programmes = Mentors, together with their mentees, shall draw up personalised mentoring programmes and submit them to the curator by __.__.____.
doc-order-item-curator = The curator of personalised mentoring programmes ({ $name }) shall provide organisational and methodological support to the mentoring pairs/groups and keep records and monitor the implementation of the personalised mentoring programmes.
doc-order-item-control = I reserve control over the execution of this order.
doc-order-signature = Head of the organisation _______________ / _______________
doc-order-acquainted = Acquainted with the order:
doc-order-appendix = Appendix{ $number ->
    [0] { "" }
   *[other] { " " }{ $number }
} to order of { $date } No. ____
doc-order-appendix-form = Form of mentoring: { doc-form }
doc-order-basis = Basis: { $basis ->
    [labour] Article 351.8 of the Labour Code; the written consent of the mentor who is an employee (content, term, form of mentoring and extra pay set in the employment contract or an addendum); the mentee's consent.
    [partner] Order No. R-145 of the Ministry of Education of 25.12.2019; the cooperation agreement with the partner organisation; the mentor's consent (not the organisation's employee: Article 351.8 of the Labour Code does not apply); the consent of the mentees or their legal representatives.
   *[target_model] Order No. R-145 of the Ministry of Education of 25.12.2019 (the target model of mentoring of learners); the participants' consent, given for minors by their legal representatives; labour law does not apply to mentoring of learners.
}
doc-order-appendix-title = Mentoring pairs/groups
doc-order-col-number = No.
doc-order-col-mentor = Mentor (full name, position)
doc-order-col-mentees = Mentee(s) (full name, position/class)
doc-order-col-form = Form of mentoring
doc-order-col-term = Term (from – to)
doc-order-no-pairs = No mentoring pairs/groups have been formed yet.

doc-programme-title = Personalised mentoring programme
doc-programme-mentor = Mentor
doc-programme-mentees = Mentee(s)
doc-programme-form = Form of mentoring
doc-programme-term = Term
doc-programme-goals = Goals and tasks
doc-programme-goal = Goal { $number }.
doc-programme-other-tasks = Other tasks
doc-programme-no-tasks = No tasks set yet.
doc-programme-empty = The programme's goals and tasks have not been set yet.
doc-programme-col-number = No.
doc-programme-col-task = Task
doc-programme-col-due = Due
doc-programme-col-mark = Completion mark
doc-task-done = done { $date }
doc-programme-signatures = Signatures:
doc-programme-sign-mentor = Mentor
doc-programme-sign-mentee = Mentee
doc-programme-sign-curator = Curator

## A minor mentee: the parent (legal representative) confirms their place in a pair
pair-parent-confirms = Your parent confirms your place in the pair — the bot has sent them the proposal. You will get a message when they answer.
pair-card-parent = The parent (legal representative) confirms participation.
pair-notify-proposed-child = 🤝 A mentor has been proposed for you. Your parent confirms your place in the pair — the bot has sent them the proposal.
pair-notify-parent-proposal = 🤝 The coordinator proposes a mentor for { $child }: { $mentor }. Open the proposal to confirm the child's place in the pair or to decline.
pair-notify-proposed-child-mentor = 🤝 You have been asked to be a mentor. Your parent confirms your part in the pair — the bot has already sent them the proposal.
pair-notify-parent-proposal-mentor = 🤝 The coordinator proposes that { $child } mentor: { $mentees }. Open the proposal to confirm the child's part in the pair or decline.
pair-btn-parent-open = Open the proposal
pair-parent-answered = { $accept ->
    [yes] Thank you, your consent is recorded. We have told the child.
   *[no] You declined. The child will not take part in this pair; we have told them and the coordinator.
}
pair-notify-child-parent = { $accept ->
    [yes] Your parent confirmed your place in the mentoring pair ({ $role ->
        [mentor] you mentor: { $mentees }
       *[mentee] mentor: { $mentor }
    }).
   *[no] Your parent did not confirm your place in the mentoring pair ({ $role ->
        [mentor] you mentor: { $mentees }
       *[mentee] mentor: { $mentor }
    }). The coordinator will find another option.
}
pair-parent-none = No proposals are waiting for your answer.

## Consents to sign on paper (152-FZ art. 9 part 4; Labour Code art. 351.8)
pair-btn-print = 🖨 Consents to sign
pair-print-caption = Consent to sign: { $name }. In the bot it was given electronically; print it if a signature on paper is needed.
doc-consent-title = Consent
doc-consent-operator = Operator: { $org }, address: { $address }
doc-consent-subject = Personal data subject: { $name }
doc-consent-representative = Legal representative: { $name }
doc-consent-given = Given electronically in the bot on { $date } (version { $version }, checksum { $sha }).
doc-consent-sign = Signature _______________ / { $name } /        Date __.__.____
pair-stop-notice = Mentoring between employees is ended by the employer with at least 3 working days' notice (Labour Code art. 351.8): the pair ends on { $date }. The participants have been told.
pair-btn-print-person = 🖨 Consent to sign

# Variants of a form of mentoring (2021 recommendations): an attribute of a pair; a group is a pair with several mentees.
pair-variant = { $variant ->
    [reverse] reverse
    [virtual] virtual (online)
    [short_term] short-term (situational)
   *[other] { $variant }
}
pair-variant-none = traditional

## Editing the programme: goals and tasks get a new wording or due date, are deleted (after a question), done ones can be reopened
programme-goals-no-tasks = There are goals but no tasks yet. Add tasks to a goal — the “➕ Add a task” button.
programme-btn-edit = ✏️ Edit the programme
programme-edit-title = <b>What to change in the programme?</b> Choose a goal or a task.
programme-item-goal = 🎯 <b>Goal:</b> { $title }
programme-item-task = <b>Task { $number }:</b> { $title }
    Due: { $due }
    { $done ->
        [yes] ✅ Done
       *[no] ◻️ Not done
    }
programme-btn-rename = ✏️ Change the wording
programme-btn-redate = 📅 Change the due date
programme-btn-delete = 🗑 Delete
programme-btn-back = ⬅️ Back to the programme
programme-ask-new-title = Now: “{ $title }”. Type the new wording.
programme-ask-new-due = Due now: { $due }. Type the new date — e.g. 15.12, “by 15 December” or 15.12.2026 — or press “No due date”.
programme-renamed = The wording is changed: “{ $title }”.
programme-redated = Task “{ $title }” is due: { $due }.
programme-ask-delete = { $item ->
    [goal] Delete the goal “{ $title }”{ $goal_tasks ->
        [0] ?
       *[other] { " " }and the tasks of this goal ({ $goal_tasks } in all)?
    }
   *[task] Delete the task “{ $title }”?
} It cannot be brought back.
programme-btn-delete-sure = Yes, delete
programme-deleted = { $item ->
    [goal] The goal “{ $title }” is deleted.
   *[task] The task “{ $title }” is deleted.
}
programme-toggle = { $done ->
    [yes] ✅ Mark as done
   *[no] ↩️ Reopen
}
doc-file-consent = Consents — { $name }.docx
doc-file-programme = Mentoring programme, pair no. { $id }.docx
doc-file-order = Order fixing the mentoring pairs.docx
