## A college (vocational education): its words over the base (school) texts. Only the messages whose wording
## differs; the keys and variables are the base files' (tests/unit/test_i18n.py). Mentees are students, lecturers
## and vocational instructors; the forms “student – student”, “employer – student”.
## Consents: the same version (the legal content does not change), other words — “study group” for “class”.

role-name =
    { $role ->
        [coordinator] coordinator
        [mentor_candidate] mentor candidate
        [mentor_student] student mentor
        [mentor_external] mentor from a partner organisation
        [mentee_teacher] mentee (lecturer)
        [mentee_student] mentee (student)
        [staff] responsible for roadmap activities
       *[other] participant
    }

invite-role =
    { $role ->
        [coordinator] Coordinator
        [mentor_candidate] Mentor candidate
        [mentor_student] Student mentor (a college student)
        [mentor_external] Mentor from a partner organisation
        [mentee_teacher] Mentee (lecturer)
        [mentee_student] Mentee (student)
        [staff] Responsible for roadmap activities
       *[other] { $role }
    }

invite-error-role-mismatch = This link is for a different kind of participant (students and staff have different links). Ask the coordinator for the right one.

bank-card-mentee =
    <b>{ $name }</b> — { $kind ->
        [teacher] mentee lecturer
       *[student] mentee student
    }
    Position or study group: { $position }
    Subject: { $subject }
    Status: { bank-state }, since { $since }

bank-mentee-line =
    <b>{ $name }</b> — { $kind ->
        [teacher] lecturer
       *[student] student
    }, { $subject }; { bank-state }{ $support ->
        [yes] ; 🧡 psychological support
       *[no] { "" }
    }

match-need =
    { $need ->
        [methodology] teaching methods
        [classroom_management] discipline in class sessions
        [form_tutoring] tutoring a study group
        [parents] working with parents
        [documentation] paperwork
        [subject_content] content of courses and vocational modules
        [digital_tools] digital tools
        [exams_olympiads] exams, skills demonstrations and competitions
        [special_needs] special needs (SEN)
        [projects_research] projects and research
        [career_guidance] career guidance
        [team_adaptation] fitting into the team
        [self_organisation] self-organisation
       *[other] other
    }

mentorship-form =
    { $form ->
        [teacher_teacher] lecturer – lecturer
        [teacher_student] lecturer – student
        [student_student] student – student
        [college_student_pupil] college student – schoolchild
        [employer_student] employer – student
        [leader_teacher] college leader – lecturer
       *[other] { $form }
    }

doc-form =
    { $form ->
        [teacher_teacher] lecturer – lecturer
        [teacher_student] lecturer – student
        [student_student] student – student
        [college_student_pupil] college student – schoolchild
        [employer_student] employer – student
        [leader_teacher] college leader – lecturer
       *[other] { $form }
    }

pair-error-form = This form does not suit the mentee (lecturers and vocational instructors: “lecturer – lecturer” or “leader – lecturer”; students: the others).

programme-ask-title =
    { $kind ->
        [goal] Type the goal, e.g. “Learn formative assessment techniques”.
       *[task] Type the task, e.g. “Attend 3 of the mentor's classes and discuss them”.
    }

meeting-ask-topic = The topic? E.g. “Class session analysis”, “Preparing a parents' meeting”.

doc-order-col-mentees = Mentee(s) (full name, position/study group)

report-mentees = 🧑‍🎓 <b>Mentees:</b> staff { $teachers }, students { $students }; in a pair { $matched }{ $proposed ->
    [0] { "" }
   *[other] , a pair proposed { $proposed }
}, without a pair { $unmatched }{ $no_form ->
    [0] { "" }
   *[other] { " " }(of them questionnaire not filled in: { $no_form })
}

notify-parent-declined = The parent of student no. { $person_id } did not give consent. The student's data has been deleted.

notify-parent-consented =
    Consent for the student <b>{ $name }</b> (no. { $person_id }) was given by <b>{ $parent }</b> — { $relation ->
        [mother] mother
        [father] father
       *[guardian] legal representative
    }. If this is not the parent (say, the student's own second account), contact the family and end the participation if needed.

parent-error-minor = This Telegram account is registered in the programme as a student. Consent for a child is given by the parent from their own account.

privacy-consent-item =
    • { $kind ->
        [pd] Consent to personal data processing
        [pd_external] Consent of a mentor from a partner organisation to the processing of personal data
        [student] Student's acknowledgement
        [mentoring] Mentor's consent to mentoring (pair no. { $pair })
        [mentee_pair] Mentee's agreement to the pair (pair no. { $pair })
       *[parent] Parent's (legal guardian's) consent
    }, version { $version }, { $date }

privacy-doc-consent =
    • { $kind ->
        [pd] Consent to personal data processing
        [pd_external] Consent of a mentor from a partner organisation to the processing of personal data
        [student] Student's acknowledgement
        [mentoring] Mentor's consent to mentoring (pair no. { $pair })
        [mentee_pair] Mentee's agreement to the pair (pair no. { $pair })
       *[parent] Parent's (legal guardian's) consent
    } — { $action ->
        [given] given
        [declined] declined
       *[withdrawn] withdrawn
    }, text version { $version }, { $date }

xlsx-kind =
    { $kind ->
        [teacher] lecturer
       *[student] student
    }

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
        [mentees_teachers] Mentee lecturers and instructors
        [mentees_students] Mentee students
        [mentees_matched] Mentees in a pair
        [mentees_unmatched] Mentees without a pair
        [pairs_total] Pairs and groups
        [young] Young lecturers and instructors (up to { $years } { $years ->
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

doc-year-fig =
    { $f ->
        [mentors] Approved mentors
        [trained] Of them trained
        [teachers] Mentee lecturers and instructors
        [students] Mentee students
        [matched] Mentees in pairs
        [unmatched] Mentees without a pair
        [young] Young lecturers and instructors (up to { $years } { $years ->
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

help-role =
    { $role ->
        [coordinator]
            <b>You are a coordinator.</b> You invite lecturers, vocational instructors, students and staff:
            /people — participants by role: search, a card, roles, ending participation, a new link
            /org — the organisation: name, type, time zone, legal address
            /invite — create an invite link for a role (validity and number of uses)
            /invites — active invites; revoke them there
            /partners — partner organisations that provide mentors
            /roadmap — the roadmap: upload a file or the template, link responsible staff, follow deadlines
            /campaigns — surveys and monitoring: send a questionnaire, read the results
            /mentors, /mentees — the banks of mentors and mentees: selection, finding a mentor
            /pairs — mentoring pairs and groups, the order fixing them (.docx)
            /unmatched — mentees left without a pair
            /activity — pairs' meetings: this month, who does not meet, disputed logs
            /report — the programme at a glance: mentors, pairs, meetings, surveys, roadmap
        [mentor_candidate] <b>You are a mentor candidate.</b> Fill in the mentor questionnaire — /survey: the coordinator matches pairs by it. Your pairs and programme — /mypair, log a meeting — /meeting (or in one line: “/meeting yesterday 45 min Class session analysis”), meeting history — /meetings.
        [mentor_student] <b>You are in the bank of mentors.</b> Fill in the mentor questionnaire — /survey: the coordinator will match you with a junior student by it. Your pair and programme — /mypair, log a meeting — /meeting, meeting history — /meetings.
        [mentor_external] <b>You are a mentor from a partner organisation.</b> Fill in the questionnaire — /survey: tell us about your profession and what you can offer learners; the coordinator matches pairs by it. Your pairs and programme — /mypair, log a meeting — /meeting, meeting history — /meetings.
        [mentee_teacher] <b>You are a mentee lecturer.</b> Tell us about your professional needs — /survey: a mentor is chosen by them. Your mentor and programme — /mypair, meetings — /meeting and /meetings.
        [mentee_student] <b>You are a mentee.</b> Tell us what you need help with — /survey. Your mentor and programme — /mypair, meetings — /meeting and /meetings.
        [staff]
            <b>You are responsible for roadmap activities.</b> The bot reminds you before a deadline, on the day and when it is overdue.
            /tasks — your tasks: mark them done or move a deadline
            /roadmap — the whole roadmap
       *[other] { "" }
    }

consent-student-v2 =
    <b>Hi!</b> You have been invited to a mentoring programme. It is run by { $org } (address: { $address }).

    You are not 18 yet, so consent to the processing of your personal data is given by your parent (legal representative). Here is what happens next:

    1. The bot will now ask only for your surname, first name and patronymic.
    2. Then the bot will give you a link. Forward it to your mum, dad or other legal representative. The parent must open it from their own Telegram account: they state their full name and how they are related to you, and the coordinator sees it.
    3. Until your parent agrees, the bot collects nothing else about you, and you are not yet in the programme.
    4. If your parent declines, the bot will delete your surname, first name and patronymic.
    5. When the coordinator proposes a mentor for you, your parent confirms that too — the bot will tell you their decision.

    The bot's messages go through Telegram, a foreign service; do not write the bot anything about yourself that it does not ask.

    <i>If something is unclear, ask your study group's tutor or the programme coordinator.</i>

consent-parent-v2 =
    <b>Who gives consent.</b> I, <b>{ $parent }</b>, { consent-relation } of the child, am the Telegram user who presses the “I agree” button in this chat. I confirm that I am a parent or other legal representative of this child. My full name, relation to the child and Telegram account are kept in the consent record; the coordinator sees them.

    <b>Child:</b> { $child } (as the child entered it in the bot).

    I give consent to the processing of the child's personal data freely, of my own will and in the child's interest.

    <b>Operator:</b> { $org }, address: { $address }.

    <b>Purpose:</b> the child's participation in the Operator's mentoring programme — inclusion in the bank of mentees, forming the mentoring pair, the meetings log, monitoring questionnaires, reminders, and the Operator's reporting on the programme, including personalised records of participants.

    <b>Which data of the child:</b> surname, first name, patronymic; study group; Telegram user ID and language; questionnaire answers; information about the mentoring pair and meetings; <b>information about the need for psychological support</b> (the coordinator's flag) — only the Operator's programme coordinators see it.

    <b>Who gets access:</b> the Operator's responsible staff (programme coordinators); the child's mentor — the child's full name and a link to the child's Telegram account, once I have confirmed the child's participation in the pair; the person who hosts and maintains the bot and its database on their server on the Operator's behalf (Art. 6 Part 3 of Law 152-FZ): they have technical access to all data, including exporting it, and must keep it confidential; { $processor ->
        [none] the Operator gives their name and address on request
       *[other] this is { $processor }
    }.

    <b>Telegram.</b> Every message of the bot to the child ({ $child }) and to me and our replies pass through the Telegram messenger — a foreign service whose servers are outside Russia. Telegram processes these messages under its own rules; the Operator cannot influence that.

    <b>Taking part in a pair.</b> When the coordinator proposes a mentor for the child, the bot sends me the proposal with the mentor's name and the form of mentoring; the child takes part in the pair only if I confirm it. The bot tells the child my decision.

    <b>What may be done with the data:</b> collection, recording, systematisation, accumulation, storage, clarification (updating, changing), use, transfer (giving access) to the persons named above, depersonalisation, blocking, deletion, destruction.

    <b>How it is processed:</b> automatically, in the bot's database on a server located in Russia.

    <b>Term:</b> while the child takes part in the programme and until the Operator's reporting for the current academic year is completed — or until I withdraw my consent, if I do so earlier.

    <b>How to withdraw:</b> at any time — with the /privacy command in the bot from my own Telegram account, button “Withdraw consent”, or by a statement to the Operator at the address above. If I withdraw in the bot, the child's data is deleted at once. On a statement, the Operator stops processing and destroys the data within the period set by law (no more than 30 days).

    <b>Refusing is my right.</b> If I do not agree, the child will not be registered in the programme through the bot, and the full name the child entered will be deleted.

    <b>Form of consent.</b> This is an electronic consent: by pressing “✅ I agree” I confirm that I have read this text and agree with it. The bot stores the date, time, version and checksum of this text. If the Operator needs a signed paper consent, the coordinator will print this same text with our details.

report-young = 🌱 <b>Young lecturers and instructors</b> (up to { $years } { $years ->
        [one] year
       *[other] years
    } of experience) with a mentor: { $part } of { $whole } ({ $share } %)

reg-ask-position = Your position? For example: <i>lecturer</i>, <i>vocational training instructor</i>, <i>educational psychologist</i>, <i>study group tutor</i>.
reg-ask-subject = Which course, trade or programme do you teach? For example: <i>mathematics</i>, <i>welding</i>, <i>nursing</i>.

consent-student-v3 =
    <b>Hi!</b> You have been invited to a mentoring programme { $role ->
        [mentor] as a mentor: you will help a junior student.
       *[mentee] — you will have a mentor.
    } It is run by { $org } (address: { $address }).

    You are not 18 yet, so consent to the processing of your personal data is given by your parent (legal representative). Here is what happens next:

    1. The bot will now ask only for your surname, first name and patronymic.
    2. Then the bot will give you a link. Forward it to your mum, dad or other legal representative. The parent must open it from their own Telegram account: they state their full name and how they are related to you, and the coordinator sees it.
    3. Until your parent agrees, the bot collects nothing else about you, and you are not yet in the programme.
    4. If your parent declines, the bot will delete your surname, first name and patronymic.
    5. When the coordinator proposes { $role ->
        [mentor] a mentee for you
       *[mentee] a mentor for you
    }, your parent confirms that too — the bot will tell you their decision.

    The bot's messages go through Telegram, a foreign service; do not write the bot anything about yourself that it does not ask.

    <i>If something is unclear, ask your study group's tutor or the programme coordinator.</i>

consent-parent-v3 =
    <b>Who gives consent.</b> I, <b>{ $parent }</b>, { consent-relation } of the child, am the Telegram user who presses the “I agree” button in this chat. I confirm that I am a parent or other legal representative of this child. My full name, relation to the child and Telegram account are kept in the consent record; the coordinator sees them.

    <b>Child:</b> { $child } (as the child entered it in the bot).

    I give consent to the processing of the child's personal data freely, of my own will and in the child's interest.

    <b>Operator:</b> { $org }, address: { $address }.

    <b>Purpose:</b> the child's participation in the Operator's mentoring programme — inclusion in the bank of { $role ->
        [mentor] mentors (the child helps younger learners as a mentor)
       *[mentee] mentees
    }, forming the mentoring pair, the meetings log, monitoring questionnaires, reminders, and the Operator's reporting on the programme, including personalised records of participants.

    <b>Which data of the child:</b> surname, first name, patronymic; study group; Telegram user ID and language; questionnaire answers; information about the mentoring pair and meetings; <b>information about the need for psychological support</b> (the coordinator's flag) — only the Operator's programme coordinators see it.

    <b>Who gets access:</b> the Operator's responsible staff (programme coordinators); { $role ->
        [mentor] the child's mentees and their parents
       *[mentee] the child's mentor
    } — the child's full name and a link to the child's Telegram account, once I have confirmed the child's participation in the pair; the person who hosts and maintains the bot and its database on their server on the Operator's behalf (Art. 6 Part 3 of Law 152-FZ): they have technical access to all data, including exporting it, and must keep it confidential; { $processor ->
        [none] the Operator gives their name and address on request
       *[other] this is { $processor }
    }.

    <b>Telegram.</b> Every message of the bot to the child ({ $child }) and to me and our replies pass through the Telegram messenger — a foreign service whose servers are outside Russia. Telegram processes these messages under its own rules; the Operator cannot influence that.

    <b>Taking part in a pair.</b> When the coordinator proposes { $role ->
        [mentor] a mentee for the child, the bot sends me the proposal with the mentee's (mentees') name
       *[mentee] a mentor for the child, the bot sends me the proposal with the mentor's name
    } and the form of mentoring; the child takes part in the pair only if I confirm it. The bot tells the child my decision.

    <b>What may be done with the data:</b> collection, recording, systematisation, accumulation, storage, clarification (updating, changing), use, transfer (giving access) to the persons named above, depersonalisation, blocking, deletion, destruction.

    <b>How it is processed:</b> automatically, in the bot's database on a server located in Russia.

    <b>Term:</b> while the child takes part in the programme and until the Operator's reporting for the current academic year is completed — or until I withdraw my consent, if I do so earlier.

    <b>How to withdraw:</b> at any time — with the /privacy command in the bot from my own Telegram account, button “Withdraw consent”, or by a statement to the Operator at the address above. If I withdraw in the bot, the child's data is deleted at once. On a statement, the Operator stops processing and destroys the data within the period set by law (no more than 30 days).

    <b>Refusing is my right.</b> If I do not agree, the child will not be registered in the programme through the bot, and the full name the child entered will be deleted.

    <b>Form of consent.</b> This is an electronic consent: by pressing “✅ I agree” I confirm that I have read this text and agree with it. The bot stores the date, time, version and checksum of this text. If the Operator needs a signed paper consent, the coordinator will print this same text with our details.

## In MAX (issue 20): version 4 of the pupil's and the parent's consent — the text of version 3 above, but messages
## pass through MAX and the bot has no link to the child's account.

consent-student-v4 =
    <b>Hi!</b> You have been invited to a mentoring programme { $role ->
        [mentor] as a mentor: you will help a junior student.
       *[mentee] — you will have a mentor.
    } It is run by { $org } (address: { $address }).

    You are not 18 yet, so consent to the processing of your personal data is given by your parent (legal representative). Here is what happens next:

    1. The bot will now ask only for your surname, first name and patronymic.
    2. Then the bot will give you a link. Forward it to your mum, dad or other legal representative. The parent must open it from their own MAX account: they state their full name and how they are related to you, and the coordinator sees it.
    3. Until your parent agrees, the bot collects nothing else about you, and you are not yet in the programme.
    4. If your parent declines, the bot will delete your surname, first name and patronymic.
    5. When the coordinator proposes { $role ->
        [mentor] a mentee for you
       *[mentee] a mentor for you
    }, your parent confirms that too — the bot will tell you their decision.

    The bot's messages go through the MAX messenger; do not write the bot anything about yourself that it does not ask.

    <i>If something is unclear, ask your study group's tutor or the programme coordinator.</i>

consent-parent-v4 =
    <b>Who gives consent.</b> I, <b>{ $parent }</b>, { consent-relation } of the child, am the MAX user who presses the “I agree” button in this chat. I confirm that I am a parent or other legal representative of this child. My full name, relation to the child and MAX account are kept in the consent record; the coordinator sees them.

    <b>Child:</b> { $child } (as the child entered it in the bot).

    I give consent to the processing of the child's personal data freely, of my own will and in the child's interest.

    <b>Operator:</b> { $org }, address: { $address }.

    <b>Purpose:</b> the child's participation in the Operator's mentoring programme — inclusion in the bank of { $role ->
        [mentor] mentors (the child helps younger learners as a mentor)
       *[mentee] mentees
    }, forming the mentoring pair, the meetings log, monitoring questionnaires, reminders, and the Operator's reporting on the programme, including personalised records of participants.

    <b>Which data of the child:</b> surname, first name, patronymic; study group; MAX user ID and language; questionnaire answers; information about the mentoring pair and meetings; <b>information about the need for psychological support</b> (the coordinator's flag) — only the Operator's programme coordinators see it.

    <b>Who gets access:</b> the Operator's responsible staff (programme coordinators); { $role ->
        [mentor] the child's mentees and their parents
       *[mentee] the child's mentor
    } — the child's full name, once I have confirmed the child's participation in the pair; the person who hosts and maintains the bot and its database on their server on the Operator's behalf (Art. 6 Part 3 of Law 152-FZ): they have technical access to all data, including exporting it, and must keep it confidential; { $processor ->
        [none] the Operator gives their name and address on request
       *[other] this is { $processor }
    }.

    <b>MAX.</b> Every message of the bot to the child ({ $child }) and to me and our replies pass through the MAX messenger. MAX processes these messages under its own rules; the Operator cannot influence that.

    <b>Taking part in a pair.</b> When the coordinator proposes { $role ->
        [mentor] a mentee for the child, the bot sends me the proposal with the mentee's (mentees') name
       *[mentee] a mentor for the child, the bot sends me the proposal with the mentor's name
    } and the form of mentoring; the child takes part in the pair only if I confirm it. The bot tells the child my decision.

    <b>What may be done with the data:</b> collection, recording, systematisation, accumulation, storage, clarification (updating, changing), use, transfer (giving access) to the persons named above, depersonalisation, blocking, deletion, destruction.

    <b>How it is processed:</b> automatically, in the bot's database on a server located in Russia.

    <b>Term:</b> while the child takes part in the programme and until the Operator's reporting for the current academic year is completed — or until I withdraw my consent, if I do so earlier.

    <b>How to withdraw:</b> at any time — with the /privacy command in the bot from my own MAX account, button “Withdraw consent”, or by a statement to the Operator at the address above. If I withdraw in the bot, the child's data is deleted at once. On a statement, the Operator stops processing and destroys the data within the period set by law (no more than 30 days).

    <b>Refusing is my right.</b> If I do not agree, the child will not be registered in the programme through the bot, and the full name the child entered will be deleted.

    <b>Form of consent.</b> This is an electronic consent: by pressing “✅ I agree” I confirm that I have read this text and agree with it. The bot stores the date, time, version and checksum of this text. If the Operator needs a signed paper consent, the coordinator will print this same text with our details.

## Versions of 02.12.2026 (issue 18): the Russian text says «куратор» (the Р-145 term) instead of «координатор»; the
## English words are those of the previous versions (Telegram: pd 4, pd_external 3, student 5, parent 5, mentoring 5,
## mentee_pair 5; MAX: pd 5, pd_external 4, student 6, parent 6, mentee_pair 6).

consent-student-v5 =
    <b>Hi!</b> You have been invited to a mentoring programme { $role ->
        [mentor] as a mentor: you will help a junior student.
       *[mentee] — you will have a mentor.
    } It is run by { $org } (address: { $address }).

    You are not 18 yet, so consent to the processing of your personal data is given by your parent (legal representative). Here is what happens next:

    1. The bot will now ask only for your surname, first name and patronymic.
    2. Then the bot will give you a link. Forward it to your mum, dad or other legal representative. The parent must open it from their own Telegram account: they state their full name and how they are related to you, and the coordinator sees it.
    3. Until your parent agrees, the bot collects nothing else about you, and you are not yet in the programme.
    4. If your parent declines, the bot will delete your surname, first name and patronymic.
    5. When the coordinator proposes { $role ->
        [mentor] a mentee for you
       *[mentee] a mentor for you
    }, your parent confirms that too — the bot will tell you their decision.

    The bot's messages go through Telegram, a foreign service; do not write the bot anything about yourself that it does not ask.

    <i>If something is unclear, ask your study group's tutor or the programme coordinator.</i>

consent-student-v6 =
    <b>Hi!</b> You have been invited to a mentoring programme { $role ->
        [mentor] as a mentor: you will help a junior student.
       *[mentee] — you will have a mentor.
    } It is run by { $org } (address: { $address }).

    You are not 18 yet, so consent to the processing of your personal data is given by your parent (legal representative). Here is what happens next:

    1. The bot will now ask only for your surname, first name and patronymic.
    2. Then the bot will give you a link. Forward it to your mum, dad or other legal representative. The parent must open it from their own MAX account: they state their full name and how they are related to you, and the coordinator sees it.
    3. Until your parent agrees, the bot collects nothing else about you, and you are not yet in the programme.
    4. If your parent declines, the bot will delete your surname, first name and patronymic.
    5. When the coordinator proposes { $role ->
        [mentor] a mentee for you
       *[mentee] a mentor for you
    }, your parent confirms that too — the bot will tell you their decision.

    The bot's messages go through the MAX messenger; do not write the bot anything about yourself that it does not ask.

    <i>If something is unclear, ask your study group's tutor or the programme coordinator.</i>

consent-parent-v5 =
    <b>Who gives consent.</b> I, <b>{ $parent }</b>, { consent-relation } of the child, am the Telegram user who presses the “I agree” button in this chat. I confirm that I am a parent or other legal representative of this child. My full name, relation to the child and Telegram account are kept in the consent record; the coordinator sees them.

    <b>Child:</b> { $child } (as the child entered it in the bot).

    I give consent to the processing of the child's personal data freely, of my own will and in the child's interest.

    <b>Operator:</b> { $org }, address: { $address }.

    <b>Purpose:</b> the child's participation in the Operator's mentoring programme — inclusion in the bank of { $role ->
        [mentor] mentors (the child helps younger learners as a mentor)
       *[mentee] mentees
    }, forming the mentoring pair, the meetings log, monitoring questionnaires, reminders, and the Operator's reporting on the programme, including personalised records of participants.

    <b>Which data of the child:</b> surname, first name, patronymic; study group; Telegram user ID and language; questionnaire answers; information about the mentoring pair and meetings; <b>information about the need for psychological support</b> (the coordinator's flag) — only the Operator's programme coordinators see it.

    <b>Who gets access:</b> the Operator's responsible staff (programme coordinators); { $role ->
        [mentor] the child's mentees and their parents
       *[mentee] the child's mentor
    } — the child's full name and a link to the child's Telegram account, once I have confirmed the child's participation in the pair; the person who hosts and maintains the bot and its database on their server on the Operator's behalf (Art. 6 Part 3 of Law 152-FZ): they have technical access to all data, including exporting it, and must keep it confidential; { $processor ->
        [none] the Operator gives their name and address on request
       *[other] this is { $processor }
    }.

    <b>Telegram.</b> Every message of the bot to the child ({ $child }) and to me and our replies pass through the Telegram messenger — a foreign service whose servers are outside Russia. Telegram processes these messages under its own rules; the Operator cannot influence that.

    <b>Taking part in a pair.</b> When the coordinator proposes { $role ->
        [mentor] a mentee for the child, the bot sends me the proposal with the mentee's (mentees') name
       *[mentee] a mentor for the child, the bot sends me the proposal with the mentor's name
    } and the form of mentoring; the child takes part in the pair only if I confirm it. The bot tells the child my decision.

    <b>What may be done with the data:</b> collection, recording, systematisation, accumulation, storage, clarification (updating, changing), use, transfer (giving access) to the persons named above, depersonalisation, blocking, deletion, destruction.

    <b>How it is processed:</b> automatically, in the bot's database on a server located in Russia.

    <b>Term:</b> while the child takes part in the programme and until the Operator's reporting for the current academic year is completed — or until I withdraw my consent, if I do so earlier.

    <b>How to withdraw:</b> at any time — with the /privacy command in the bot from my own Telegram account, button “Withdraw consent”, or by a statement to the Operator at the address above. If I withdraw in the bot, the child's data is deleted at once. On a statement, the Operator stops processing and destroys the data within the period set by law (no more than 30 days).

    <b>Refusing is my right.</b> If I do not agree, the child will not be registered in the programme through the bot, and the full name the child entered will be deleted.

    <b>Form of consent.</b> This is an electronic consent: by pressing “✅ I agree” I confirm that I have read this text and agree with it. The bot stores the date, time, version and checksum of this text. If the Operator needs a signed paper consent, the coordinator will print this same text with our details.

consent-parent-v6 =
    <b>Who gives consent.</b> I, <b>{ $parent }</b>, { consent-relation } of the child, am the MAX user who presses the “I agree” button in this chat. I confirm that I am a parent or other legal representative of this child. My full name, relation to the child and MAX account are kept in the consent record; the coordinator sees them.

    <b>Child:</b> { $child } (as the child entered it in the bot).

    I give consent to the processing of the child's personal data freely, of my own will and in the child's interest.

    <b>Operator:</b> { $org }, address: { $address }.

    <b>Purpose:</b> the child's participation in the Operator's mentoring programme — inclusion in the bank of { $role ->
        [mentor] mentors (the child helps younger learners as a mentor)
       *[mentee] mentees
    }, forming the mentoring pair, the meetings log, monitoring questionnaires, reminders, and the Operator's reporting on the programme, including personalised records of participants.

    <b>Which data of the child:</b> surname, first name, patronymic; study group; MAX user ID and language; questionnaire answers; information about the mentoring pair and meetings; <b>information about the need for psychological support</b> (the coordinator's flag) — only the Operator's programme coordinators see it.

    <b>Who gets access:</b> the Operator's responsible staff (programme coordinators); { $role ->
        [mentor] the child's mentees and their parents
       *[mentee] the child's mentor
    } — the child's full name, once I have confirmed the child's participation in the pair; the person who hosts and maintains the bot and its database on their server on the Operator's behalf (Art. 6 Part 3 of Law 152-FZ): they have technical access to all data, including exporting it, and must keep it confidential; { $processor ->
        [none] the Operator gives their name and address on request
       *[other] this is { $processor }
    }.

    <b>MAX.</b> Every message of the bot to the child ({ $child }) and to me and our replies pass through the MAX messenger. MAX processes these messages under its own rules; the Operator cannot influence that.

    <b>Taking part in a pair.</b> When the coordinator proposes { $role ->
        [mentor] a mentee for the child, the bot sends me the proposal with the mentee's (mentees') name
       *[mentee] a mentor for the child, the bot sends me the proposal with the mentor's name
    } and the form of mentoring; the child takes part in the pair only if I confirm it. The bot tells the child my decision.

    <b>What may be done with the data:</b> collection, recording, systematisation, accumulation, storage, clarification (updating, changing), use, transfer (giving access) to the persons named above, depersonalisation, blocking, deletion, destruction.

    <b>How it is processed:</b> automatically, in the bot's database on a server located in Russia.

    <b>Term:</b> while the child takes part in the programme and until the Operator's reporting for the current academic year is completed — or until I withdraw my consent, if I do so earlier.

    <b>How to withdraw:</b> at any time — with the /privacy command in the bot from my own MAX account, button “Withdraw consent”, or by a statement to the Operator at the address above. If I withdraw in the bot, the child's data is deleted at once. On a statement, the Operator stops processing and destroys the data within the period set by law (no more than 30 days).

    <b>Refusing is my right.</b> If I do not agree, the child will not be registered in the programme through the bot, and the full name the child entered will be deleted.

    <b>Form of consent.</b> This is an electronic consent: by pressing “✅ I agree” I confirm that I have read this text and agree with it. The bot stores the date, time, version and checksum of this text. If the Operator needs a signed paper consent, the coordinator will print this same text with our details.
