## Coordinator reports.

report-title = <b>📊 Mentoring programme — { $org }</b>, as of { $date }
report-mentors = 👩‍🏫 <b>Mentors:</b> approved { $approved }, trained { $trained }, with no free place { $full }
report-mentees = 🧑‍🎓 <b>Mentees:</b> teachers { $teachers }, students { $students }; in a pair { $matched }, without a pair { $unmatched }
report-pairs = 🤝 <b>Pairs and groups:</b> { $count }
report-pairs-form = { "   " }• { $form } — { $count }
report-young = 🌱 <b>Young teachers</b> (up to { $years } years of experience) with a mentor: { $part } of { $whole } ({ $share } %)
report-meetings = 📅 <b>Meetings:</b> this month { $count }; pairs without meetings for over { $days } days — { $quiet }
report-surveys = 📝 <b>Surveys:</b> completed { $completed } of { $invited }; satisfied (8–10 of 10): mentors { $mentors_share ->
    [-1] —
   *[other] { $mentors_share } %
}, mentees { $mentees_share ->
    [-1] —
   *[other] { $mentees_share } %
}
report-roadmap = 🗺 <b>Roadmap:</b> { $done } of { $total } done, { $overdue } overdue
