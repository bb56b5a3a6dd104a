## Word documents (roadmap stage 5): the draft order fixing mentoring pairs/groups and the personalised
## mentoring programme. Names, positions and titles are inserted by the code, not by the translator.

doc-form = { $form ->
    [teacher_teacher] teacher – teacher
    [teacher_student] teacher – student
    [student_student] student – student
    [college_student_pupil] college student – school student
    [employer_student] employer – student
    [leader_teacher] school leader – teacher
   *[other] { $form }
}
doc-term-open = from { $date }

doc-order-heading = ORDER
doc-order-number = No. ____
doc-order-title = On assigning mentoring pairs/groups
doc-order-preamble = In accordance with Article 351.8 of the Labour Code of the Russian Federation, the Regulation on the mentoring system and the organisation's roadmap for introducing mentoring, on the basis of the mentors' written consent to mentoring and the consent of the mentees (of the legal representatives of mentees under 18), in order to support the adaptation and the professional and personal development of the mentees,
doc-order-command = I HEREBY ORDER:
doc-order-item-pairs = To assign the mentoring pairs/groups listed in the appendix to this order.
doc-order-item-programmes = Mentors, together with their mentees, shall draw up personalised mentoring programmes and submit them to the curator by __.__.____.
doc-order-item-curator = The curator of personalised mentoring programmes ({ $name }) shall provide organisational and methodological support to the mentoring pairs/groups and keep records and monitor the implementation of the personalised mentoring programmes.
doc-order-item-control = I reserve control over the execution of this order.
doc-order-signature = Head of the organisation _______________ / _______________
doc-order-acquainted = Acquainted with the order:
doc-order-appendix = Appendix to order of { $date } No. ____
doc-order-appendix-title = Mentoring pairs/groups
doc-order-col-number = No.
doc-order-col-mentor = Mentor (full name, position)
doc-order-col-mentees = Mentee(s) (full name, position/class)
doc-order-col-form = Form of mentoring
doc-order-col-term = Term (from – to)
doc-order-no-pairs = No mentoring pairs/groups have been formed yet.

doc-programme-title = Personalised mentoring programme
doc-programme-mentor = Mentor
doc-programme-mentees = Mentee(s)
doc-programme-form = Form of mentoring
doc-programme-term = Term
doc-programme-goals = Goals and tasks
doc-programme-goal = Goal { $number }.
doc-programme-other-tasks = Other tasks
doc-programme-no-tasks = No tasks set yet.
doc-programme-empty = The programme's goals and tasks have not been set yet.
doc-programme-col-number = No.
doc-programme-col-task = Task
doc-programme-col-due = Due
doc-programme-col-mark = Completion mark
doc-task-done = done { $date }
doc-programme-signatures = Signatures:
doc-programme-sign-mentor = Mentor
doc-programme-sign-mentee = Mentee
doc-programme-sign-curator = Curator

## The year-end report.
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
    [young] Young teachers (up to { $years } years) with a mentor
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
doc-year-issue-quiet = Pairs without meetings for over { $days } days: { $count }. Find out whether they need help.
doc-year-issue-overdue = Overdue roadmap activities: { $count }.
doc-year-issue-none = No open issues.
