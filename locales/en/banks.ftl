## Banks of mentors and mentees, mentor matching, forming a pair from the bank.

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
    [completed] programme completed
   *[matched] in a pair
}
bank-mentor-line = <b>{ $name }</b> — { $who ->
    [student] learner, { $subject }
    [external] from a partner organisation, { $subject }
   *[teacher] { $subject }, experience { $experience }
}; { bank-status }; mentees { $load } of { $capacity }
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
bank-filter-who = Who: { $value ->
    [teacher] teachers
    [student] learners
    [external] from partners
   *[any] all
}
bank-filter-matched = In a pair: { $value ->
    [yes] yes
    [no] no
   *[other] all
}
bank-filter-subject = 🔎 Subject: { $value }
bank-filter-reset = Reset filters
bank-ask-subject = Type a subject or part of it, e.g. “maths”. I will show those who have it in their questionnaire or profile.
bank-no-form = <i>Questionnaire not filled in.</i>
bank-card-mentor =
    <b>{ $name }</b>
    Position: { $position }
    Subject: { $subject }
    Experience: { $experience }
    Status: { bank-status }
    Mentees: { $load } of { $capacity }
bank-card-mentor-student =
    <b>{ $name }</b> — learner mentor
    Status: { bank-status }
    Mentees: { $load } of { $capacity }
bank-card-mentor-external =
    <b>{ $name }</b> — mentor from a partner organisation
    Organisation and position: { $position }
    Profession / field: { $subject }
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
bank-card-guardian = Consent given by: { $name } ({ $relation ->
    [mother] mother
    [father] father
   *[guardian] legal representative
})
bank-btn-approve = ✅ Approve as a mentor
bank-btn-trained = 🎓 Training done (today)
bank-btn-reject = Do not select…
bank-btn-suggest = 🔎 Find a mentor
bank-btn-support = { $on ->
    [yes] Remove the support flag
   *[no] 🧡 Needs psychological support
}
bank-btn-back = ← Back to the list
bank-approved = { $name } is approved as a mentor and has been told.{ $gender ->
    [m] {""}
    [f] {""}
   *[x] {""}
}
bank-trained = Noted: mentor training completed.
bank-support-set = { $on ->
    [yes] Noted: the mentee needs psychological support. They stay in /unmatched until they have a pair.
   *[no] The support flag is removed.
}
bank-ask-reason = Why is { $name } not selected as a mentor?{ $gender ->
    [m] {""}
   *[x] {""}
} Write briefly — the person will see this text.
bank-rejected = Decision saved; { $name } has been told the reason.{ $gender ->
    [m] {""}
   *[x] {""}
}
bank-error-approve-first = Approve the candidate as a mentor first.
bank-error-reason = Type the reason as text, up to { $limit } { $limit ->
    [one] character
   *[other] characters
}.
bank-error-has-pairs = This mentor has pairs in progress. End them in /pairs first.
bank-notify-approved = { $learner ->
    [yes] 🎉 You are approved as a mentor in the mentoring programme. The coordinator will match you with a mentee; the proposal will come here (your parent confirms it if you are under 18).
   *[no] 🎉 You are approved as a mentor in the mentoring programme. The coordinator will match you with a mentee; the proposal will come here.
}
bank-notify-rejected = Thank you for filling in the mentor questionnaire. This time the coordinator has not included you among the mentors. Reason: { $reason }
bank-notify-unmatched = 🔔 Mentees without a pair: { $count }; waiting over { $days } { $days ->
    [one] day
   *[other] days
} or the pair did not work out: { $waiting }{ $support ->
    [0] .
   *[other] ; flagged for psychological support: { $support }.
} The list and mentor suggestions — /unmatched.
bank-unmatched-title = <b>Mentees without a pair</b> — { $count }{ $count ->
    [0] { "" }
   *[other] { "" } (taking part, consents given, no pair and no proposal); waiting over { $days } { $days ->
        [one] day
       *[other] days
    }, the pair did not work out, or support needed: { $waiting }{ $no_form ->
        [0] { "" }
       *[other] ; questionnaire not filled in: { $no_form }
    }
}
bank-unmatched-line = { $number }. { $name } — waiting since { $since }{ $long ->
    [yes] { " " }⏳
   *[no] { "" }
}{ $declined ->
    [yes] ; the pair did not work out or ended early
   *[no] { "" }
}{ $support ->
    [yes] ; 🧡 support
   *[no] { "" }
}{ $form ->
    [no] ; questionnaire not filled in
   *[yes] { "" }
}
bank-unmatched-none = Every mentee has a pair or a proposal. 👍

## Mentor matching: whom to suggest.

match-title = <b>Mentor suggestions for { $name }</b>
    Best matches first; points for each factor in brackets.
match-line = <b>{ $number }. { $name }</b> — { $score } { $score ->
    [one] point
   *[other] points
}, free places: { $free } of { $capacity }
match-none = No suitable mentors: approved mentors have no free places or do not work in the needed form. Approve new candidates in /mentors.
match-btn-choose = Choose { $number }: { $name }

## Mentor matching: why a mentor is suggested (one short line per factor).

match-need = { $need ->
    [methodology] teaching methods
    [classroom_management] classroom management
    [form_tutoring] form tutoring
    [parents] working with parents
    [documentation] paperwork
    [subject_content] subject content
    [digital_tools] digital tools
    [exams_olympiads] exams and olympiads
    [special_needs] special needs (SEN)
    [projects_research] projects and research
    [career_guidance] career guidance
    [team_adaptation] fitting into the team
    [self_organisation] self-organisation
   *[other] other
}

match-level = { $level ->
    [preschool] pre-school
    [primary] primary school
    [basic] lower secondary
    [secondary] upper secondary
    [vocational] vocational college
    [additional] supplementary education
   *[other] { $level }
}

mentorship-form = { $form ->
    [teacher_teacher] teacher – teacher
    [teacher_student] teacher – pupil
    [student_student] pupil – pupil
    [college_student_pupil] college student – pupil
    [employer_student] employer – pupil
    [leader_teacher] school leader – teacher
   *[other] { $form }
}

match-reason-subject = • Subject: { $subjects } (+{ $points })
match-reason-no-subject = • No shared subject ({ $points })
match-reason-level = • Level: { match-level } (+{ $points })
match-reason-requests = • Needs: { $covered } of { $wanted } covered — { $list } (+{ $points })
match-reason-no-requests = • Needs: none covered ({ $points })
match-reason-experience = • Experience: { $years } { $years ->
    [one] year
   *[other] years
} (+{ $points })
match-reason-grade = • Older than the mentee by { $gap } { $gap ->
    [one] grade
   *[other] grades
} (+{ $points })
match-reason-form = • Form: { mentorship-form } (+{ $points })
match-reason-capacity = • Free places: { $free } of { $capacity } (+{ $points })
match-reason-same_org = • Same organisation (+{ $points })
match-reason-trained = • Completed mentor training (+{ $points })

## Forming a pair from the bank: form, term, group, the proposal to the participants.

draft-ask-form = Choose the form of mentoring:
draft-no-form = No form of mentoring fits this pair: who the mentor is (a teacher, a learner, a specialist from a partner organisation) and who the mentee is (a teacher or a learner) decide the possible forms. Choose another mentor.
draft-btn-variant = { $on ->
    [yes] ☑
   *[no] ☐
} { $variant ->
    [reverse] Reverse: the younger mentors the older
    [virtual] Virtual: meetings online
    [short_term] Short-term: one goal
   *[other] { $variant }
}
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
    Variants: { $variants }
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
