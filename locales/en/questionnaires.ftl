## Questionnaires: input errors and out-of-date buttons.

q-stale = This question is already answered — the button is out of date. The current question is below.
q-error-choose = Please choose an answer with a button under the question.
q-error-text = Please answer with text.
q-error-number = Please type a whole number from { $min } to { $max }.
q-error-scale = Choose a score with a button or type a number from { $min } to { $max }.
q-error-range = A number from { $min } to { $max } is needed.
q-error-date = Please type the date as DD.MM.YYYY, e.g. 15.03.2027.
q-error-date-impossible = There is no such date. Please check the day and month.
q-error-too-long = Too long: at most { $limit } characters.
q-error-too-short = Too short: at least { $limit } characters.
q-error-too-many = You can choose at most { $max }.
q-error-too-few = Choose at least { $min }, then press “Done”.
q-error-required = This question is required — it cannot be skipped.
q-error-missing = Questions without an answer: { $count }. Answer them to send the questionnaire.

cmd-survey = Questionnaires
q-none = There are no questionnaires for you right now.
q-choose = Your questionnaires — choose one to fill in or continue:
q-resume = Let's continue where you stopped.
q-progress = <i>Question { $number } of { $total }</i>
q-scale-ends = <i>{ $low } — { $low_label }, { $high } — { $high_label }</i>
q-multi-hint = <i>You can choose several (up to { $max }), then “Done”.</i>
q-type-text = <i>Type your answer as a message.</i>
q-type-number = <i>Type a number.</i>
q-type-date = <i>Type a date: DD.MM.YYYY.</i>
q-btn-done = ✅ Done
q-btn-yes = Yes
q-btn-no = No
q-btn-back = ‹ Back
q-btn-skip = Skip ›
q-btn-submit = 📨 Send the questionnaire
q-btn-reopen = ✏️ Change answers
q-no-answer = — (skipped)
q-review-title = Check your answers before sending:
q-review-hint = To change an answer, tap its number. All correct — “Send the questionnaire”.
q-submitted = Thank you! The questionnaire “{ $title }” has been sent.
q-use-buttons = Please answer with the buttons under the message above.

campaign-invite = 📋 Please fill in the questionnaire “{ $title }” by { $deadline }. It takes a few minutes; you can stop and continue later.
campaign-btn-open = Fill in the questionnaire
campaign-error-questionnaire = There is no such questionnaire.
campaign-error-deadline = That date has passed — give today's date or a later one.
campaign-error-audience = Some of the chosen participants are not available.
campaign-error-empty = There are no participants in the chosen group yet.
campaign-error-closed = The deadline of this questionnaire has passed — answers are no longer accepted.

cmd-campaigns = Surveys: launch, progress, results
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
