## Coordinator reports.

report-title = <b>📊 Mentoring programme — { $org }</b>, as of { $date }
report-mentors = 👩‍🏫 <b>Mentors:</b> approved { $approved }, trained { $trained }, with no free place { $full }
report-mentees = 🧑‍🎓 <b>Mentees:</b> teachers { $teachers }, students { $students }; in a pair { $matched }{ $proposed ->
    [0] { "" }
   *[other] , a pair proposed { $proposed }
}, without a pair { $unmatched }{ $no_form ->
    [0] { "" }
   *[other] { " " }(of them questionnaire not filled in: { $no_form })
}
report-partners = 🏢 <b>Partner organisations</b> providing mentors: { $providing } (listed in /partners — { $total })
report-pairs = 🤝 <b>Pairs and groups:</b> { $count }
report-pairs-form = { "   " }• { $form } — { $count }
report-young = 🌱 <b>Young teachers</b> (up to { $years } { $years ->
    [one] year
   *[other] years
} of experience) with a mentor: { $part } of { $whole } ({ $share } %)
report-meetings = 📅 <b>Meetings:</b> this month { $count }; pairs without meetings for over { $days } { $days ->
    [one] day
   *[other] days
} — { $quiet }
report-surveys = 📝 <b>Surveys:</b> completed { $completed } of { $invited }; satisfied (8–10 of 10): mentors { $mentors_share ->
    [-1] —
   *[other] { $mentors_share } %
}, mentees { $mentees_share ->
    [-1] —
   *[other] { $mentees_share } %
}
report-roadmap = 🗺 <b>Roadmap:</b> { $done } of { $total } done, { $overdue } overdue
report-btn-xlsx = 📥 Export to Excel (.xlsx)
report-xlsx-caption = Personal records: mentors, mentees, pairs, meetings, survey answers (anonymous ones without names), the roadmap.

xlsx-sheet-mentors = Mentors
xlsx-sheet-mentees = Mentees
xlsx-sheet-pairs = Pairs
xlsx-sheet-meetings = Meetings
xlsx-sheet-answers = Surveys
xlsx-sheet-roadmap = Roadmap
xlsx-sheet-orgs = Organisations
xlsx-col-sensitive = { $c ->
    [support] ⚠ sensitive (health-related): coordinators only
   *[other] ⚠ may contain burnout data: coordinators only
}
xlsx-col = { $c ->
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
    [mentees_teachers] Mentee teachers
    [mentees_students] Mentee students
    [mentees_matched] Mentees in a pair
    [mentees_unmatched] Mentees without a pair
    [pairs_total] Pairs and groups
    [young] Young teachers (up to { $years } { $years ->
        [one] year
       *[other] years
    })
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
    [school_year] School year
    [indicator] Indicator
    [definition] How it is counted
    [source] Source
    [counted] Counted
    [denominator] Of (denominator)
    [percent] Share, %
    [note] Note
   *[responsible] Responsible
}
xlsx-kind = { $kind ->
    [teacher] teacher
   *[student] student
}
xlsx-yes = yes
xlsx-pair-status = { $status ->
    [proposed] proposed
    [active] in progress
    [ending] ending early
    [ended] ended early
    [completed] completed
   *[other] did not work out
}
xlsx-format = { $format ->
    [online] online
   *[in_person] in person
}
xlsx-logged-by = { $role ->
    [mentor] mentor
   *[mentee] mentee
}
xlsx-meeting-status = { $status ->
    [confirmed] confirmed
    [disputed] disputed
   *[logged] awaiting confirmation
}
xlsx-activity-status = { $status ->
    [done] done
    [in_progress] in progress
    [skipped] skipped
   *[planned] planned
}
report-btn-charts = 📈 Charts
chart-meetings-title = Meetings of mentoring pairs per month
chart-meetings-axis = Meetings
chart-satisfaction-title = Satisfaction with the programme (overall score)
chart-satisfaction-mentors = Mentors
chart-satisfaction-mentees = Mentees
chart-satisfaction-axis = Score from 1 to 10
chart-roadmap-title = Roadmap: activity deadlines
chart-roadmap-today = today
chart-roadmap-done = done
chart-roadmap-overdue = overdue
chart-roadmap-open = ahead or under way
chart-roadmap-more = The first { $shown } of { $total } { $total ->
    [one] activity
   *[other] activities
}; all of them are in the Excel file and the year-end report.
chart-caption = { $chart ->
    [meetings] Meetings per month of the school year.
    [satisfaction] Shares of scores 1–10: mentors and mentees (how many answered in brackets).
   *[roadmap] Roadmap: green — done, red — overdue, dashed line — today.
}
report-btn-year = 📄 Year-end report (.docx)
report-year-caption = Report on the mentoring programme: participants, pairs, meetings, monitoring, roadmap, open issues. Check and complete it before signing.
report-all-title = <b>📊 All organisations</b>
report-all-org = <b>{ $org }</b>
    Mentors: { $mentors } · mentees: { $mentees }, in a pair { $matched } · pairs: { $pairs }
    Meetings this month: { $meetings } · pairs without meetings for { $days } { $days ->
    [one] day
   *[other] days
}: { $quiet } · roadmap: { $done }/{ $total }, overdue { $overdue }
report-all-none = No organisations yet — create the first one: /neworg.
report-btn-all = 🏫 All organisations
report-btn-org = 📊 { $org }
report-btn-summary = 📥 Comparison table (.xlsx)
report-summary-caption = The figures of every organisation in one table: one row per organisation.

## The year-end report (a Word document). Names and titles are inserted by the code, not by the translator.

doc-year-title = Report on the implementation of the mentoring programme
doc-year-date = as of { $date }
doc-year-participants = Participants
doc-year-pairs = Mentoring pairs and groups
doc-year-meetings = Meetings of pairs
doc-year-monitoring = Monitoring results
doc-year-roadmap = Roadmap execution
doc-year-issues = Open issues
doc-year-fig = { $f ->
    [mentors] Approved mentors
    [trained] Of them trained
    [teachers] Mentee teachers
    [students] Mentee students
    [matched] Mentees in pairs
    [unmatched] Mentees without a pair
    [young] Young teachers (up to { $years } { $years ->
        [one] year
       *[other] years
    }) with a mentor
    [pairs] Pairs and groups in all
    [meetings_year] Meetings this school year
    [meetings_month] Meetings this month
    [quiet] Pairs without meetings for over { $days } days
    [surveys] Questionnaires completed
    [satisfied_mentors] Mentors satisfied (8–10 of 10)
    [satisfied_mentees] Mentees satisfied (8–10 of 10)
    [roadmap_done] Activities done
   *[roadmap_overdue] Activities overdue
}
doc-year-col-kind = Type of meeting
doc-year-col-meetings = Meetings
doc-year-scores-mentors = Mentors: the mean score of each question of the satisfaction questionnaire (1 to 10)
doc-year-scores-mentees = Mentees: the mean score of each question of the satisfaction questionnaire (1 to 10)
doc-year-col-before = At the start
doc-year-col-after = At the end
doc-year-col-change = Change
doc-year-growth-caption = Before and after: the same questions when a pair started and when it ended (means 1–10; “—” — fewer than three answered, so nobody's answers are given away).
doc-year-growth-side = { $side ->
    [mentor] Mentors
   *[mentee] { $kind ->
        [student] Learner mentees
       *[teacher] Teacher mentees
    }
}
doc-year-col-question = Question
doc-year-col-mean = Mean score
doc-year-col-answered = Answers
doc-year-col-stage = Stage
doc-year-col-activity = Activity
doc-year-col-due = Deadline
doc-year-col-status = Status
doc-year-overdue = overdue
doc-year-issue-unmatched = Mentees without a pair: { $count }. Find mentors or provide support.
doc-year-issue-quiet = Pairs without meetings for over { $days } { $days ->
    [one] day
   *[other] days
}: { $count }. Find out whether they need help.
doc-year-issue-overdue = Overdue roadmap activities: { $count }.
doc-year-issue-none = No open issues.
report-file-xlsx = Mentoring records.xlsx
report-file-summary = Organisations.xlsx
report-file-year = Report { $year }-{ $next }.docx

## The school year and the official indicators (bot/services/indicators.py).

report-school-year = 📅 <b>School year { $year }</b>{ $current ->
    [True] { "" } (current)
   *[other] { "" } — the year's results
}
report-pairs-year = 🤝 <b>Pairs and groups that worked this school year:</b> { $count }
report-meetings-year = 📅 <b>Meetings this school year:</b> { $count }
report-ind-title = <b>📐 Indicators</b> (shares of the totals the coordinator enters)
report-ind-line = • { $name }: { $value }
report-ind-name = { $code ->
    [pupil_mentees] Pupils aged 10–19 who are mentees
    [pupil_mentors] Pupils aged 15–19 who are mentors
    [young_teachers] Teachers under 35 with a mentor
    [young_specialists] Young specialists (first { $years } years of work) with a mentor
    [teacher_mentors] Teachers who are mentors
    [mentors_trained] Mentors trained
    [partners] Partner organisations providing mentors
    [satisfaction_mentors] Mentors' satisfaction (MR-42/02 questionnaire items, 8–10 of 10)
   *[satisfaction_mentees] Mentees' satisfaction (MR-42/02 questionnaire items, 8–10 of 10)
}
report-ind-share = { $part } of { $whole } ({ $share } %)
report-ind-number = { $count }
report-ind-missing = { $part } of ? — no total “{ $total }”
report-ind-hint = A share without its total is not counted: enter it with “✏️ Totals for the indicators”.
report-ind-zero = { $part } of 0 — no share: the total “{ $total }” was entered as 0
report-ind-none = { $kind ->
    [satisfaction] no survey answers yet
   *[other] no participants this year
}
report-ind-unknown = { $code ->
    [young_specialists] (not counted, no experience given: { $count })
   *[other] (not counted, no birth year: { $count })
}
report-total-name = { $key ->
    [pupils] pupils in all
    [pupils_10_19] pupils aged 10–19
    [pupils_15_19] pupils aged 15–19
    [teachers] teachers in all
    [teachers_under_35] teachers under 35
   *[young_specialists] young specialists (first 3 years of work)
}
report-btn-totals = ✏️ Totals for the indicators
report-btn-school-year = { $chosen ->
    [True] • { $year }
   *[other] { $year }
}
report-totals-intro = <b>Totals for the school year { $year }</b> — the denominators of the indicators. Enter whole numbers; skip a number you do not know: the indicator will say it is missing.
report-totals-ask = { $step } of { $steps }. How many <b>{ $total }</b> does the organisation have in the school year { $year }?{ $current ->
    [-1] {""}
   *[other] { "" } Entered now: { $current }.
}
report-totals-btn-keep = ⏭ Keep as it is
report-totals-btn-skip = ⏭ Skip (not known)
report-totals-saved = ✅ Totals for the school year { $year } saved.
report-totals-line = • { $total }: { $value }
report-totals-error-number = A whole number is needed, e.g. 450.
report-totals-error-big = Too big: at most { $max }. Please check for a typo.
report-totals-error-part = A part is above its whole: { $part ->
    [pupils_10_19] pupils aged 10–19
    [pupils_15_19] pupils aged 15–19
    [teachers_under_35] teachers under 35
   *[young_specialists] young specialists
} ({ $part_value }) cannot be more than { $whole ->
    [pupils] pupils in all
    [pupils_10_19] pupils aged 10–19
   *[teachers] teachers in all
} ({ $whole_value }). Enter the number again.
report-error-year = There is no such school year in the reports.
report-item-ours = (the programme's own item, not of the MR-42/02 questionnaires: not in the share satisfied)
xlsx-sheet-indicators = Indicators
xlsx-ind-missing = total “{ $total }” not entered: no share
xlsx-ind-source = { $source ->
    [R145] Order of the Ministry of Education No. R-145 of 25.12.2019 (the target model of mentoring)
    [MR42] Letter of the Ministry of Education No. MR-42/02 of 23.01.2020 (methodological recommendations, monitoring questionnaires)
   *[AZ1128] Letter of the Ministry of Education and the union No. AZ-1128/08/657 of 21.12.2021 (mentoring of teachers)
}
xlsx-ind-def = { $code ->
    [pupil_mentees] Pupils aged 10–19 (by birth year) who were mentees in pairs or groups that worked in the school year, of all the organisation's pupils aged 10–19
    [pupil_mentors] The organisation's pupils aged 15–19 (by birth year) who were mentors in pairs that worked in the school year, of all pupils aged 15–19
    [young_teachers] Teachers under 35 (by birth year) who were mentees in the year's pairs, of all teachers under 35
    [young_specialists] Teachers with up to { $years } years of experience who were mentees in the year's pairs, of all the organisation's young specialists
    [teacher_mentors] The organisation's teachers who were mentors in the year's pairs, of all teachers
    [mentors_trained] Mentors of the year's pairs marked trained by the year's end, of all mentors of those pairs
    [partners] Partner organisations whose employees or students were mentors in the year's pairs
    [satisfaction_mentors] Mentors whose mean score over the official items of the satisfaction questionnaire (MR-42/02) is 8–10 of 10, of all who answered in the school year; anonymous surveys as the anonymity rule allows
   *[satisfaction_mentees] Mentees whose mean score over the official items of the satisfaction questionnaire (MR-42/02) is 8–10 of 10, of all who answered in the school year; anonymous surveys as the anonymity rule allows
}

## The year-end report “for the school year”: the sections its preparation adds (handlers/year_report.py).

doc-report-title-of = Report on the implementation of the mentoring programme (system) for the { $first }/{ $second } school year
doc-report-general = General information
doc-report-period = Reporting period
doc-report-act = { $kind ->
    [regulation] Regulation on the mentoring system
    [programme_order] Order approving the mentoring programme
   *[pairs_order] Order assigning mentoring pairs/groups
}
doc-report-act-missing = not given
doc-report-curator = Curator of the programme
doc-report-forms-caption = Pairs and groups of the school year by form of mentorship
doc-report-col-form = Form of mentorship
doc-report-col-pairs = Pairs and groups
doc-report-col-people = Participants
doc-report-col-working = Working now
doc-report-pairs-appendix = The list of the school year's pairs and groups ({ $count }) is in the appendix.
doc-report-indicators = Indicators of the programme
doc-report-col-indicator = Indicator
doc-report-col-value = Value
doc-report-ind = { $i ->
    [young] Young teachers with a mentor (of young teacher mentees)
    [trained] Mentors trained (of approved mentors)
    [partners] Partner organisations that provided mentors
    [satisfied_mentors] Satisfaction of mentors (8–10 of 10)
   *[satisfied_mentees] Satisfaction of mentees (8–10 of 10)
}
doc-report-swot = SWOT analysis of the programme (from the “Mentoring programme quality” questionnaire)
doc-report-swot-count = Questionnaires counted: { $count }.
doc-report-swot-hidden = Anonymous surveys not shown: { $count } — not closed yet or with fewer than three answers (the anonymity rule).
doc-report-swot-none = The programme quality questionnaire was not filled in this school year — send it to the curator in /campaigns.
doc-report-col-swot-part = Part
doc-report-col-swot-answers = Answers
doc-report-swot-part = { $part ->
    [strengths] Strengths
    [weaknesses] Weaknesses
    [opportunities] Opportunities
    [threats] Threats
   *[recommendations] Proposals for next year
}
doc-report-outcomes = Outcomes: participants' achievements, rewards for mentors, best practices
doc-report-achievements = Participants' achievements
doc-report-achievements-none = No participants' achievements recorded for the school year.
doc-report-rewards = Rewards for mentors
doc-report-rewards-none = No rewards for mentors recorded for the school year.
doc-report-practices = Best practices
doc-report-practices-none = No best practices added in the school year.
doc-report-col-date = Date
doc-report-col-participant = Participant
doc-report-col-achievement = Achievement
doc-report-col-mentor = Mentor
doc-report-col-reward = Reward
doc-report-col-practice = Practice
doc-report-col-author = Author
doc-report-conclusions = Conclusions and tasks for the next school year
doc-report-conclusions-none = No conclusions written.
doc-report-col-conclusions = Conclusions
doc-report-col-tasks = Tasks for next year
doc-report-sign-curator = Curator of the mentoring programme
doc-report-sign-head = Head of the organisation
doc-report-appendix-pairs = Appendix. Mentoring pairs and groups of school year { $year }
doc-report-pair-status = { $status ->
    [active] working
    [ending] ending
    [ended] ended early
   *[completed] completed
}
