## Coordinator reports.

report-title = <b>📊 Mentoring programme — { $org }</b>, as of { $date }
report-mentors = 👩‍🏫 <b>Mentors:</b> approved { $approved }, trained { $trained }, with no free place { $full }
report-mentees = 🧑‍🎓 <b>Mentees:</b> teachers { $teachers }, students { $students }; in a pair { $matched }, without a pair { $unmatched }
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
    [meetings] Meetings per month over the year.
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
    [meetings_year] Meetings over 12 months
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
