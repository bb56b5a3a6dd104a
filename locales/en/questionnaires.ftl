## Questionnaires: input errors and out-of-date buttons.

q-stale = This question is already answered — the button is out of date. The current question is below.
q-error-choose = Please choose an answer with a button under the question.
q-error-text = Please answer with text.
q-error-number = Please type a whole number from { $min } to { $max }.
q-error-scale = Choose a score with a button or type a number from { $min } to { $max }.
q-error-range = A number from { $min } to { $max } is needed.
q-error-date = Please type the date as DD.MM.YYYY, e.g. 15.03.2027.
q-error-date-impossible = There is no such date. Please check the day and month.
q-error-too-long = Too long: at most { $limit } { $limit ->
    [one] character
   *[other] characters
}.
q-error-too-short = Too short: at least { $limit } { $limit ->
    [one] character
   *[other] characters
}.
q-error-too-many = You can choose at most { $max }.
q-error-too-few = Choose at least { $min }, then press “Done”.
q-error-required = This question is required — it cannot be skipped.
q-error-missing = Questions without an answer: { $count }. Answer them to send the questionnaire.

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
q-offer = 📝 The next step is “{ $title }”: the coordinator matches you with a mentee by it. It takes about 10 minutes; you can stop and continue later — /survey.
q-btn-fill = Fill in the questionnaire
q-btn-keep = ↩️ Keep as it was
q-editing-kept = You are changing a submitted questionnaire. The answers submitted on { $date } stay in force until you submit the changed ones.
q-editing-hint = Changed your mind — “↩️ Keep as it was”: the changes are dropped, the submitted answers stay.
q-no-answer = — (skipped)
q-review-title = Check your answers before sending:
q-review-hint = To change an answer, tap its number. All correct — “Send the questionnaire”.
q-submitted = Thank you! The questionnaire “{ $title }” has been sent.
q-use-buttons = Please answer with the buttons under the message above.
