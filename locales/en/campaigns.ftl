## Surveys for the coordinator: launching a questionnaire, invitations and reminders, progress, results.

campaign-invite = 📋 Please fill in the questionnaire “{ $title }” by { $deadline }. It takes a few minutes; you can stop and continue later.
campaign-btn-open = Fill in the questionnaire
campaign-error-questionnaire = There is no such questionnaire.
campaign-error-deadline = That date has passed — give today's date or a later one.
campaign-error-audience = Some of the chosen participants are not available.
campaign-error-empty = There are no participants in the chosen group yet.
campaign-error-closed = The deadline of this questionnaire has passed — answers are no longer accepted.

campaign-list-title = <b>Surveys</b>
campaign-list-empty = No surveys yet.
campaign-list-item = No. { $id }. { $title } — by { $deadline }{ $anonymous ->
    [yes] , anonymous
   *[no] {""}
}
    invited { $invited }, delivered { $delivered }, started { $started }, completed { $completed }
campaign-btn-results = 📊 Results no. { $id }
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
campaign-ask-anonymous = An anonymous survey? In an anonymous one you only see the summary — and only once at least three have answered.
campaign-anonymous-yes = Yes, anonymous
campaign-anonymous-no = No, with names
campaign-launched = The survey “{ $title }” is launched: invitations go to { $count } participants (gradually, within Telegram's limits). Deadline — { $deadline }. Progress and results — /campaigns
campaign-results-title = <b>Results: { $title }</b> — answers: { $count }
campaign-results-hidden = <b>{ $title }</b>: { $count } answers so far. The results of an anonymous survey appear once at least three have answered.
campaign-results-mean = mean { $mean }, median { $median }
campaign-results-satisfied = satisfied (8–10): { $share } %
campaign-results-more = …and { $count } more
campaign-reminder = ⏰ A reminder: the questionnaire “{ $title }” is due by { $deadline }. If you have started, you will continue where you stopped.
campaign-chart-axis = Mean score
campaign-chart-caption = Mean scores: { $title }
