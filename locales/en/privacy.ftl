## My data and consents.

privacy-title = <b>Your personal data</b>
privacy-title-child = <b>Your child's data: { $name }</b>
privacy-operator = Operator: { $org }
privacy-stored = <b>What is stored:</b>
privacy-field-name = • Full name: { $value }
privacy-field-roles = • Roles: { $value }
privacy-field-position = • Position: { $value }
privacy-field-subject = • Subject / area: { $value }
privacy-field-experience = • Teaching experience, years: { $value }
privacy-field-phone = • Phone: { $value }
privacy-field-parent = • Legal guardian: { $value }
privacy-field-account = • { $app ->
    [max] MAX
   *[telegram] Telegram
} id: { $value }
privacy-field-language = • Language: { $value }
privacy-consents = <b>Consents in force:</b>
privacy-consent-item = • { $kind ->
    [pd] Consent to personal data processing
    [pd_external] Consent of a mentor from a partner organisation to the processing of personal data
    [student] Student's acknowledgement
    [mentoring] Mentor's consent to mentoring (pair no. { $pair })
    [mentee_pair] Mentee's agreement to the pair (pair no. { $pair })
   *[parent] Parent's (legal guardian's) consent
}, version { $version }, { $date }
privacy-consent-none = • no consents in force
privacy-how-to-withdraw = You can withdraw consent at any time with the button below. The data is deleted at once.
privacy-btn-export = 📄 Download my data
privacy-btn-withdraw = Withdraw consent
privacy-btn-withdraw-confirm = Yes, withdraw and delete the data
privacy-withdraw-confirm =
    <b>Withdraw consent?</b>
    The bot will delete at once your name, position, experience, phone, questionnaire answers and everything you wrote in the bot (meeting topics and notes, drafts), and remove you from the programme. Answers to anonymous surveys stay, with no link to you. The consent log keeps only record numbers and dates. This cannot be undone — to take part again you will need a new invite.
privacy-withdraw-confirm-child =
    <b>Withdraw consent for your child?</b>
    The bot will delete your child's data at once and remove them from the programme. The consent log keeps only record numbers and dates. For your child to take part again, a new invite will be needed.
privacy-withdrawn = Consent withdrawn, your data has been deleted. The coordinator has been told. To come back to the programme, ask the coordinator for a new invite.
privacy-withdrawn-child = Consent withdrawn, the child's data has been deleted. The coordinator has been told.
privacy-notify-child-withdrawn = Your parent withdrew consent, so your data has been deleted and you are no longer in the programme.
privacy-nothing-stored = Nothing about you is stored in the bot.
privacy-export = The same, machine-readable (JSON) — for example, to move it to another system.
privacy-export-doc = Everything the bot stores about you: as readable text (.txt) and machine-readable (.json).
privacy-withdrawn-participant = participant withdrew consent
privacy-retention = Kept while you take part in the programme and until the reporting for the academic year in which your participation ended is completed (reporting is completed on { $deadline } after the academic year ends). Then the bot deletes the data itself.
privacy-doc-title = Data the mentorship programme bot stores about: { $name }
privacy-doc-made = Exported on { $date }. Operator: { $org }, { $address }.
privacy-doc-person = PERSONAL DATA
privacy-doc-registered = • Registered: { $date }
privacy-doc-consents = CONSENTS (every entry of the log)
privacy-doc-consent = • { $kind ->
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
privacy-doc-questionnaire = QUESTIONNAIRE: { $title }
privacy-doc-questionnaire-state = { $anonymous ->
    [yes] anonymous survey
   *[no] { $campaign ->
        [0] questionnaire for the banks of mentors and mentees
       *[other] survey no. { $campaign }
    }
} · { $submitted ->
    [yes] submitted
   *[no] not finished
}
privacy-doc-answer = • { $question }
    Answer: { $answer }
privacy-doc-scale = { $value } out of { $max }
privacy-doc-no-answer = (no answer)
privacy-doc-pairs = MENTORING PAIRS
privacy-doc-pair = • Pair no. { $id }: you are the { $role ->
    [mentor] mentor
   *[mentee] mentee
}; form: { $form }; status: { $status }; from { $starts }{ $ends ->
    [none] {""}
   *[other] {" "}to { $ends }
}
privacy-doc-programme = PERSONALISED PROGRAMME
privacy-doc-programme-item = • Pair no. { $pair }, { $kind ->
    [goal] goal
   *[task] task
}: { $title }{ $due ->
    [none] {""}
   *[other] {" "}(due { $due })
}{ $done ->
    [none] {""}
   *[other] {" "}— done { $done }
}
privacy-doc-meetings = MEETINGS
privacy-doc-meeting = • { $date }, pair no. { $pair }: { $kind }, { $minutes } min, { $format } — topic: { $topic }{ $mine ->
    [yes] {" "}(logged by you)
   *[no] {""}
}
privacy-doc-meeting-notes = Notes and next steps: { $notes }
privacy-doc-signals = “THE PAIR IS NOT WORKING” SIGNALS
privacy-doc-signal = • Pair no. { $pair }, { $date }
privacy-doc-selection = SELECTION OF MENTORS
privacy-doc-selection-line = • Decision: { $status ->
    [approved] approved as a mentor
   *[rejected] not selected
}{ $reason ->
    [none] {""}
   *[other] , reason: { $reason }
}{ $trained ->
    [none] {""}
   *[other] ; training completed { $trained }
}
privacy-doc-support = • The coordinator noted: psychological support needed ({ $date })
privacy-doc-activities = ROADMAP ACTIVITIES YOU ARE RESPONSIBLE FOR
privacy-doc-activity = • { $title } — due { $due }{ $reason ->
    [none] {""}
   *[other] ; reason for skipping: { $reason }
}
privacy-doc-campaigns = SURVEY INVITATIONS
privacy-doc-campaign = • Survey no. { $id }: { $title }, until { $deadline }
privacy-doc-reminders = Reminders planned: { $count }
privacy-doc-drafts = Unfinished forms (drafts): { $count }
privacy-doc-child = DATA OF THE CHILD YOU CONSENTED FOR
privacy-doc-none = • none
privacy-file-export = My data.{ $ext }
