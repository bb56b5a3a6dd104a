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

report-mentees = 🧑‍🏫 <b>Mentee educators:</b> { $teachers }; in a pair { $matched }, without a pair { $unmatched }

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
