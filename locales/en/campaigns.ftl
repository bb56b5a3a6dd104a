## Surveys for the coordinator: launching a questionnaire, invitations and reminders, progress, results.

campaign-invite = 📋 Please fill in the questionnaire “{ $title }” by { $deadline }.{ $anonymous ->
    [yes] {" "}The survey is anonymous: the coordinator sees only the summary, without names.
   *[no] {""}
} It takes a few minutes; you can stop and continue later.
campaign-btn-open = Fill in the questionnaire
campaign-error-questionnaire = There is no such questionnaire.
campaign-error-deadline = That date has passed — give today's date or a later one.
campaign-error-audience = Some of the chosen participants are not available.
campaign-error-empty = There are no participants in the chosen group yet.
campaign-error-anonymous-few = An anonymous survey needs at least { $min } { $min ->
    [one] participant
   *[other] participants
} other than you and the coordinators: otherwise someone's answer could be read off the results. Add people or make the survey with names.
campaign-error-closed = The deadline of this questionnaire has passed — answers are no longer accepted.

campaign-list-title = <b>Surveys</b>
campaign-list-empty = No surveys yet.
campaign-list-item = No. { $id }. { $title } — by { $deadline }{ $anonymous ->
    [yes] , anonymous
   *[no] {""}
}
    invited { $invited }, delivered { $delivered }, started { $started }, completed { $completed }
campaign-list-waiting = ⏳ waiting to be sent again ({ app-name } unreachable): { $count } — the bot keeps trying until the deadline
campaign-list-failed = ⚠️ not delivered: { $count } — blocked the bot: { $blocked }, account deleted or unavailable: { $gone }, other reasons: { $other }
campaign-btn-results = 📊 Results no. { $id }
campaign-btn-resend = 🔁 Send the undelivered again, no. { $id } ({ $count })
campaign-resent = { $count ->
    [0] Survey no. { $id }: nothing to send again — no undelivered invitations.
   *[other] Survey no. { $id }: the undelivered invitations ({ $count }) are queued again. Those who still block the bot will not get them.
}
campaign-btn-new = ➕ New survey
campaign-ask-questionnaire = Which questionnaire should go out?
campaign-ask-audience = To whom?
campaign-audience = { $audience ->
    [mentors] Mentor candidates
    [mentees] Mentees
    [staff] Staff responsible for activities
    [pairs] Members of all working pairs
    [form] Members of pairs of one form…
    [list] Pick people by hand…
   *[coordinators] Coordinators
}
campaign-ask-form = Members of pairs of which form of mentoring?
campaign-pick-title = Tick whom to send the questionnaire to. Chosen: { $count }. Page { $page } of { $pages }.
campaign-btn-picked = Done, chosen: { $count } →
campaign-ask-deadline = By when should the answers be in?
campaign-ask-anonymous = An anonymous survey? In an anonymous one you only see the summary — after the survey's deadline (when answers no longer change, so that no one's answer can be read off a difference) and only if by then at least { $min } { $min ->
    [one] participant
   *[other] participants
} other than the author and the coordinators have answered. So an anonymous survey needs at least { $min } such { $min ->
    [one] participant
   *[other] participants
}.
campaign-anonymous-yes = Yes, anonymous
campaign-anonymous-no = No, with names
campaign-review = <b>Check the survey before launching it</b>
    Questionnaire: “{ $title }”
    To: { $who } — { $count } { $count ->
        [one] person
       *[other] people
    }
    Deadline: { $deadline } inclusive
    { $anonymous ->
        [yes] Anonymous: you see only the summary after the deadline, without names; the invitation says so.
       *[no] With names: you see who answered what.
    }
campaign-review-who = { $audience ->
    [mentors] mentor candidates
    [mentees] mentees
    [staff] staff responsible for activities
    [pairs] members of all working pairs
    [list] people picked by hand
   *[coordinators] coordinators
}
campaign-review-form = members of the pairs of the form “{ $form }”
campaign-review-sides = Each side gets its own questionnaire:
campaign-review-version = • “{ $title }” — { $count } { $count ->
    [one] person
   *[other] people
}
campaign-review-confirm = The invitations go out when you tap “🚀 Launch”.
campaign-btn-launch = 🚀 Launch
campaign-btn-cancel = ✖️ Cancel
campaign-cancelled = The survey is not launched; nothing was sent to anyone.
campaign-launched = The survey “{ $title }” is launched: invitations go to { $count } { $count ->
    [one] participant
   *[other] participants
} (gradually, within { app-name }'s limits). Deadline — { $deadline }.{ $anonymous ->
    [yes] {" "}The survey is anonymous: its results open after the deadline.
   *[no] {""}
} Progress and results — /campaigns
campaign-already-launched = This survey is already launched (no. { $id }): invitations go to { $count } { $count ->
    [one] participant
   *[other] participants
}, deadline — { $deadline }. It is not sent a second time. Progress and results — /campaigns
campaign-results-title = <b>Results: { $title }</b> — answers: { $count }
campaign-results-hidden = <b>{ $title }</b>: { $count } { $count ->
    [one] answer
   *[other] answers
} so far. The results of an anonymous survey are shown only after its deadline and only if at least three participants other than the author and the coordinators have answered.
campaign-results-mean = mean { $mean }, median { $median }
campaign-results-satisfied = satisfied (8–10): { $share } %
campaign-results-more = …and { $count } more
campaign-reminder = ⏰ A reminder: the questionnaire “{ $title }” is due by { $deadline }.{ $anonymous ->
    [yes] {" "}The survey is anonymous.
   *[no] {""}
} If you have started, you will continue where you stopped.
campaign-chart-axis = Mean score
campaign-chart-caption = Mean scores: { $title }
