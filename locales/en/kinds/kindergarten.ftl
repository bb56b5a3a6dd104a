## A kindergarten (preschool): its words over the base (school) texts. Only the messages whose wording differs; the
## keys and variables are the base files' (tests/unit/test_i18n.py). A preschool has no pupils in the programme:
## it mentors its educators — group educators, specialists, the senior educator, the head.

reg-ask-position = Your position? For example: <i>educator</i>, <i>senior educator</i>, <i>music director</i>, <i>educational psychologist</i>.
reg-ask-subject = Which area do you work in? For example: <i>speech development</i>, <i>music</i>, <i>early years group</i>, <i>preschool education</i>.

role-name =
    { $role ->
        [coordinator] coordinator
        [mentor_candidate] mentor candidate
        [mentor_student] learner mentor
        [mentor_external] mentor from a partner organisation
        [mentee_teacher] mentee (educator)
        [mentee_student] mentee
        [staff] responsible for roadmap activities
       *[other] participant
    }

help-role =
    { $role ->
        [coordinator]
            <b>You are a coordinator.</b> You invite the preschool's educators and staff:
            /people — participants by role: search, a card, roles, ending participation, a new link
            /org — the organisation: name, type, time zone, legal address
            /invite — create an invite link for a role (validity and number of uses)
            /invites — active invites; revoke them there
            /roadmap — the roadmap: upload a file or the preschool template, link responsible staff, follow deadlines
            /campaigns — surveys and monitoring: send a questionnaire, read the results
            /mentors, /mentees — the banks of mentors and mentees: selection, finding a mentor
            /pairs — mentoring pairs and groups, the order fixing them (.docx)
            /unmatched — mentees left without a pair
            /activity — pairs' meetings: this month, who does not meet, disputed logs
            /report — the programme at a glance: mentors, pairs, meetings, surveys, roadmap
        [mentor_candidate] <b>You are a mentor candidate.</b> Fill in the mentor questionnaire — /survey: the coordinator matches pairs by it. Your pairs and programme — /mypair, log a meeting — /meeting (or in one line: “/meeting yesterday 45 min Session analysis”), meeting history — /meetings.
        [mentee_teacher] <b>You are a mentee educator.</b> Tell us about your professional needs — /survey: a mentor is chosen by them. Your mentor and programme — /mypair, meetings — /meeting and /meetings.
        [mentee_student] <b>You are a mentee.</b> Tell us what you need help with — /survey. Your mentor and programme — /mypair, meetings — /meeting and /meetings.
        [staff]
            <b>You are responsible for roadmap activities.</b> The bot reminds you before a deadline, on the day and when it is overdue.
            /tasks — your tasks: mark them done or move a deadline
            /roadmap — the whole roadmap
       *[other] { "" }
    }

invite-role =
    { $role ->
        [coordinator] Coordinator
        [mentor_candidate] Mentor candidate
        [mentor_student] Learner mentor
        [mentor_external] Mentor from a partner organisation
        [mentee_teacher] Mentee (educator)
        [mentee_student] Mentee
        [staff] Responsible for roadmap activities
       *[other] { $role }
    }

invite-error-role-mismatch = This link is for a different kind of participant. Ask the coordinator for the right one.

bank-card-mentee =
    <b>{ $name }</b> — { $kind ->
        [teacher] mentee educator
       *[student] mentee
    }
    Position: { $position }
    Area: { $subject }
    Status: { bank-state }, since { $since }

bank-mentee-line =
    <b>{ $name }</b> — { $kind ->
        [teacher] educator
       *[student] mentee
    }, { $subject }; { bank-state }{ $support ->
        [yes] ; 🧡 psychological support
       *[no] { "" }
    }

match-need =
    { $need ->
        [methodology] educational methods
        [classroom_management] organising children in the group
        [form_tutoring] leading a group
        [parents] working with parents
        [documentation] paperwork
        [subject_content] content of the educational areas
        [digital_tools] digital tools
        [exams_olympiads] contests
        [special_needs] special needs (SEN)
        [projects_research] projects and research
        [career_guidance] early career awareness
        [team_adaptation] fitting into the team
        [self_organisation] self-organisation
       *[other] other
    }

mentorship-form =
    { $form ->
        [teacher_teacher] educator – educator
        [leader_teacher] leader – educator
        [teacher_student] educator – child
        [student_student] child – child
        [college_student_pupil] college student – child
        [employer_student] employer – child
       *[other] { $form }
    }

pair-error-form = This form does not suit the mentee (the preschool's educators: “educator – educator” or “leader – educator”).

programme-ask-title =
    { $kind ->
        [goal] Type the goal, e.g. “Learn to run a morning circle”.
       *[task] Type the task, e.g. “Attend 3 of the mentor's sessions with children and discuss them”.
    }

meeting-ask-topic = The topic? E.g. “Session analysis”, “Preparing a parents' meeting”.

doc-form =
    { $form ->
        [teacher_teacher] educator – educator
        [leader_teacher] leader – educator
        [teacher_student] educator – child
        [student_student] child – child
        [college_student_pupil] college student – child
        [employer_student] employer – child
       *[other] { $form }
    }

doc-order-col-mentees = Mentee(s) (full name, position)

report-mentees = 🧑‍🏫 <b>Mentee educators:</b> { $teachers }; in a pair { $matched }{ $proposed ->
    [0] { "" }
   *[other] , a pair proposed { $proposed }
}, without a pair { $unmatched }{ $no_form ->
    [0] { "" }
   *[other] { " " }(of them questionnaire not filled in: { $no_form })
}

report-young = 🌱 <b>Young educators</b> (up to { $years } { $years ->
        [one] year
       *[other] years
    } of experience) with a mentor: { $part } of { $whole } ({ $share } %)

draft-term = { $term ->
    [year] Until the end of the academic year ({ $date })
    [3] 3 months (until { $date })
    [6] 6 months (until { $date })
   *[other] 1 year (until { $date })
}

roadmap-none-coordinator =
    No roadmap yet.

    Send the roadmap file for the { $year }/{ $next } academic year here (.docx, .txt, .tsv or .md, up to 2 MB; a table: stage, activities, deadlines, responsible) — or take the ready-made preschool template of the usual stages.
roadmap-draft-title = <b>Draft roadmap for the { $year }/{ $next } academic year</b> (source: { $source })
roadmap-draft-past = ⚠️ { $count } { $count ->
    [one] activity has a deadline
   *[other] activities have deadlines
} in the past — check that the roadmap is for the right academic year and fix the deadlines (“📅 Deadlines”).
roadmap-active-title = <b>Roadmap for the { $year }/{ $next } academic year</b>

bank-card-mentor =
    <b>{ $name }</b>
    Position: { $position }
    Area: { $subject }
    Experience: { $experience }
    Status: { bank-status }
    Mentees: { $load } of { $capacity }

bank-filter-subject = 🔎 Area: { $value }
bank-ask-subject = Type an area of work or part of it, e.g. “speech development”. I will show those who have it in their questionnaire or profile.
match-reason-subject = • Area: { $subjects } (+{ $points })
match-reason-no-subject = • No shared area of work ({ $points })

## Reports by school year and the official indicators, in an educator's words.
xlsx-col =
    { $c ->
        [name] Full name
        [position] Position
        [subject] Subject
        [experience] Experience, years
        [status] Status
        [trained] Training completed
        [load] Mentees
        [capacity] Places
        [forms] Forms of mentoring
        [kind] Category
        [state] Pair
        [since] Waiting since
        [support] Psychological support
        [pair] Pair no.
        [mentor] Mentor
        [mentees] Mentees
        [form] Form of mentoring
        [pair_status] Pair status
        [starts] Start
        [ends] End
        [tasks_done] Tasks done
        [tasks] Tasks in the programme
        [meetings] Meetings
        [date] Date
        [meeting_kind] Meeting type
        [minutes] Minutes
        [format] Format
        [topic] Topic
        [logged_by] Logged by
        [meeting_status] Confirmation
        [campaign] Survey no.
        [questionnaire] Questionnaire
        [respondent] Participant
        [question] Question
        [answer] Answer
        [org] Organisation
        [on] As of
        [mentors_approved] Mentors approved
        [mentors_trained] Trained
        [mentors_full] Mentors with no free place
        [mentees_teachers] Mentee educators
        [mentees_students] Mentee students
        [mentees_matched] Mentees in a pair
        [mentees_unmatched] Mentees without a pair
        [pairs_total] Pairs and groups
        [young] Young educators (up to { $years } years)
        [young_with_mentor] Of them with a mentor
        [meetings_month] Meetings this month
        [pairs_quiet] Pairs without meetings for { $days } days
        [survey_invited] Questionnaires sent
        [survey_completed] Questionnaires completed
        [satisfied_mentors] Satisfied mentors, %
        [satisfied_mentees] Satisfied mentees, %
        [roadmap_done] Activities done
        [roadmap_total] Activities in all
        [roadmap_overdue] Activities overdue
        [stage] Stage
        [stage_title] Stage title
        [activity] Activity
        [due] Due
        [activity_status] Activity status
        [school_year] Academic year
        [indicator] Indicator
        [definition] How it is counted
        [source] Source
        [counted] Counted
        [denominator] Of (denominator)
        [percent] Share, %
        [note] Note
       *[responsible] Responsible
    }
xlsx-kind =
    { $kind ->
        [teacher] educator
       *[student] student
    }
chart-caption =
    { $chart ->
        [meetings] Meetings per month of the academic year.
        [satisfaction] Shares of scores 1–10: mentors and mentees (how many answered in brackets).
       *[roadmap] Roadmap: green — done, red — overdue, dashed line — today.
    }
doc-year-fig =
    { $f ->
        [mentors] Approved mentors
        [trained] Of them trained
        [teachers] Mentee educators
        [students] Mentee students
        [matched] Mentees in pairs
        [unmatched] Mentees without a pair
        [young] Young educators (up to { $years } years) with a mentor
        [pairs] Pairs and groups in all
        [meetings_year] Meetings this academic year
        [meetings_month] Meetings this month
        [quiet] Pairs without meetings for over { $days } days
        [surveys] Questionnaires completed
        [satisfied_mentors] Mentors satisfied (8–10 of 10)
        [satisfied_mentees] Mentees satisfied (8–10 of 10)
        [roadmap_done] Activities done
       *[roadmap_overdue] Activities overdue
    }
report-school-year =
    📅 <b>Academic year { $year }</b>{ $current ->
        [True] { "" } (current)
       *[other] { "" } — the year's results
    }
report-pairs-year = 🤝 <b>Pairs and groups that worked this academic year:</b> { $count }
report-meetings-year = 📅 <b>Meetings this academic year:</b> { $count }
report-ind-name =
    { $code ->
        [pupil_mentees] Pupils aged 10–19 who are mentees
        [pupil_mentors] Pupils aged 15–19 who are mentors
        [young_teachers] Educators under 35 with a mentor
        [young_specialists] Young specialists (first { $years } years of work) with a mentor
        [teacher_mentors] Educators who are mentors
        [mentors_trained] Mentors trained
        [partners] Partner organisations providing mentors
        [satisfaction_mentors] Mentors' satisfaction (MR-42/02 questionnaire items, 8–10 of 10)
       *[satisfaction_mentees] Mentees' satisfaction (MR-42/02 questionnaire items, 8–10 of 10)
    }
report-total-name =
    { $key ->
        [pupils] pupils in all
        [pupils_10_19] pupils aged 10–19
        [pupils_15_19] pupils aged 15–19
        [teachers] educators in all
        [teachers_under_35] educators under 35
       *[young_specialists] young specialists (first 3 years of work)
    }
report-totals-intro = <b>Totals for the academic year { $year }</b> — the denominators of the indicators. Enter whole numbers; skip a number you do not know: the indicator will say it is missing.
report-totals-ask =
    { $step } of { $steps }. How many <b>{ $total }</b> does the organisation have in the academic year { $year }?{ $current ->
        [-1] { "" }
       *[other] { "" } Entered now: { $current }.
    }
report-totals-saved = ✅ Totals for the academic year { $year } saved.
report-totals-error-part =
    A part is above its whole: { $part ->
        [pupils_10_19] pupils aged 10–19
        [pupils_15_19] pupils aged 15–19
        [teachers_under_35] educators under 35
       *[young_specialists] young specialists
    } ({ $part_value }) cannot be more than { $whole ->
        [pupils] pupils in all
        [pupils_10_19] pupils aged 10–19
       *[teachers] educators in all
    } ({ $whole_value }). Enter the number again.
report-error-year = There is no such academic year in the reports.
xlsx-ind-source =
    { $source ->
        [R145] Order of the Ministry of Education No. R-145 of 25.12.2019 (the target model of mentoring)
        [MR42] Letter of the Ministry of Education No. MR-42/02 of 23.01.2020 (methodological recommendations, monitoring questionnaires)
       *[AZ1128] Letter of the Ministry of Education and the union No. AZ-1128/08/657 of 21.12.2021 (mentoring of educators)
    }
xlsx-ind-def =
    { $code ->
        [pupil_mentees] Pupils aged 10–19 (by birth year) who were mentees in pairs or groups that worked in the academic year, of all the organisation's pupils aged 10–19
        [pupil_mentors] The organisation's pupils aged 15–19 (by birth year) who were mentors in pairs that worked in the academic year, of all pupils aged 15–19
        [young_teachers] Educators under 35 (by birth year) who were mentees in the year's pairs, of all educators under 35
        [young_specialists] Educators with up to { $years } years of experience who were mentees in the year's pairs, of all the organisation's young specialists
        [teacher_mentors] The organisation's educators who were mentors in the year's pairs, of all educators
        [mentors_trained] Mentors of the year's pairs marked trained by the year's end, of all mentors of those pairs
        [partners] Partner organisations whose employees or students were mentors in the year's pairs
        [satisfaction_mentors] Mentors whose mean score over the official items of the satisfaction questionnaire (MR-42/02) is 8–10 of 10, of all who answered in the academic year; anonymous surveys as the anonymity rule allows
       *[satisfaction_mentees] Mentees whose mean score over the official items of the satisfaction questionnaire (MR-42/02) is 8–10 of 10, of all who answered in the academic year; anonymous surveys as the anonymity rule allows
    }
doc-report-title-of = Report on the implementation of the mentoring programme (system) for the { $first }/{ $second } academic year
doc-report-forms-caption = Pairs and groups of the academic year by form of mentorship
doc-report-pairs-appendix = The list of the academic year's pairs and groups ({ $count }) is in the appendix.
doc-report-ind =
    { $i ->
        [young] Young educators with a mentor (of young educator mentees)
        [trained] Mentors trained (of approved mentors)
        [partners] Partner organisations that provided mentors
        [satisfied_mentors] Satisfaction of mentors (8–10 of 10)
       *[satisfied_mentees] Satisfaction of mentees (8–10 of 10)
    }
doc-report-swot-none = The programme quality questionnaire was not filled in this academic year — send it to the curator in /campaigns.
doc-report-achievements-none = No participants' achievements recorded for the academic year.
doc-report-rewards-none = No rewards for mentors recorded for the academic year.
doc-report-practices-none = No best practices added in the academic year.
doc-report-conclusions = Conclusions and tasks for the next academic year
doc-report-appendix-pairs = Appendix. Mentoring pairs and groups of the { $year } academic year
