## Participants' achievements, rewards for mentors, best practices (/achievements).

ach-kind = { $kind ->
    [competition] Competition
    [open_lesson] Open lesson
    [category] Qualification category
    [publication] Publication
    [olympiad] Pupil's olympiad
   *[other] Other
}
ach-result = { $result ->
    [winner] Winner
    [prize] Prize-winner
    [participant] Participant
   *[other] { "" }
}
ach-reward = { $kind ->
    [thanks] Letter of thanks
    [certificate] Certificate of merit
    [bonus] Bonus payment
    [mentor_of_year] “Mentor of the year”
   *[best_pair] “Best pair”
}

ach-list-title = { $scope ->
    [org] <b>Achievements of the programme's participants</b> ({ $count })
   *[mine] <b>Achievements</b> — yours and your pair's ({ $count })
}
ach-list-item = { $number }. { $date } — <b>{ $name }</b>: { ach-kind }{ $result ->
    [none] { "" }
   *[other] { " " }({ ach-result })
}. { $title }{ $file ->
    [true] { " " }📎
   *[other] { "" }
}
ach-list-empty = No achievements yet. Record the first one: a competition, an open lesson, a category, a publication, a pupil's olympiad.
ach-btn-file = 📎 { $number }
ach-btn-add = ➕ Record an achievement
ach-btn-rewards = 🎖 Rewards
ach-btn-practices = 📚 Best practices
ach-btn-reward-add = ➕ Reward a mentor
ach-btn-practice-add = ➕ Share a practice
ach-btn-me = Me
ach-btn-no-result = No result
ach-btn-skip = Skip
ach-btn-save = ✅ Save
ach-btn-practice-file = 📎 The practice's file
ach-btn-back = ‹ Back to best practices

ach-ask-who = Whose achievement is it?
ach-ask-who-search =
    Whose achievement is it? Type part of the participant's surname or press “Me”.

    Cancel — /cancel
ach-found = Found: { $count }. Choose the participant:
ach-found-none = Nobody found. Try another part of the surname.
ach-use-buttons = Choose with a button under the question.
ach-ask-kind = What kind of achievement?
ach-ask-result = { ach-kind } — what was the result?
ach-ask-title =
    Type the title: { $kind ->
        [competition] the competition and its level, e.g. municipal competition “Teaching debut”.
        [open_lesson] the topic and the class, e.g. open lesson “Fractions”, 5A.
        [category] which category and for which position, e.g. first category, teacher.
        [publication] the title and where it was published.
        [olympiad] the olympiad, subject and stage, e.g. All-Russian olympiad in maths, municipal stage.
       *[other] briefly, what was achieved.
    }
ach-ask-day = When? Type the date, e.g. <i>15.10.2026</i>, <i>15 October</i> or <i>yesterday</i>.
ach-ask-file = Attach a file (diploma, certificate, order) as a document or a photo — or press “Skip”.
ach-confirm =
    <b>Check the record</b>
    Participant: { $name }
    { ach-kind }{ $result ->
        [none] { "" }
       *[other] { " " }— { ach-result }
    }
    { $title }
    Date: { $date }
    File: { $file ->
        [true] attached
       *[other] none
    }
ach-saved = Saved
ach-saved-note = ✅ The achievement is recorded. All achievements — /achievements
ach-already-saved = This record is saved already.

ach-error-title = Type the title as text — 2 to 300 characters.
ach-error-description = Describe the practice as text — 10 to 1500 characters.
ach-error-note = Type the note as text — up to 200 characters — or press “Skip”.
ach-error-search = Type at least two letters of the surname.
ach-error-file = Send the file as a document or a photo — or press “Skip”.
ach-error-day-future = This date has not come yet. Type the date when it already happened.
ach-error-day-old = The date is too long ago — more than five years. Check the day and the year.

ach-rewards-title = <b>Rewards for mentors</b> ({ $count })
ach-rewards-empty = No rewards yet.
ach-reward-item = { $number }. { $date } — <b>{ $name }</b>: { ach-reward }{ $note ->
    [none] { "" }
   *[other] { " " }{ $note }
}
ach-reward-ask-who =
    Whom do we reward? Type part of the mentor's surname.

    Cancel — /cancel
ach-reward-ask-kind = <b>{ $name }</b> — which reward?
ach-reward-ask-day = The date of the reward (of the order)? E.g. <i>25.05.2027</i>.
ach-reward-ask-note = A note, e.g. the order number: <i>order No. 45</i>. Or press “Skip”.
ach-reward-confirm =
    <b>Check the reward</b>
    Mentor: { $name }
    { ach-reward }, { $date }
    { $note }
ach-reward-saved = ✅ The reward is recorded. All rewards — /achievements

ach-practices-title = <b>Best practices</b> of mentoring ({ $count }). Open one with its number.
ach-practices-empty = Nothing here yet. Share a practice: what worked in your pair.
ach-practice-item = { $number }. <b>{ $title }</b> ({ $date })
    { $about }
ach-practice-card =
    <b>{ $title }</b>
    { $date }{ $author ->
        [none] { "" }
       *[other] , { $author }
    }

    { $about }
ach-practice-ask-title =
    What is the practice called? Briefly, e.g. “Visiting each other's lessons with an observation sheet”.

    Cancel — /cancel
ach-practice-ask-description = Describe the practice: what you did, what worked, whom it suits (up to 1500 characters).
ach-practice-ask-file = Attach materials (a lesson plan, slides) as a document or a photo — or press “Skip”.
ach-practice-confirm =
    <b>Check the practice</b>
    <b>{ $title }</b>
    { $about }
    File: { $file ->
        [true] attached
       *[other] none
    }
ach-practice-saved = ✅ The practice is added to best practices. All of them — /achievements
