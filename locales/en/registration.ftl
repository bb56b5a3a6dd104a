## Invites, consent, registration, students and parents.

join-welcome = Hello! You are invited to the mentorship programme of <b>{ $org }</b>.
join-welcome-parent = Hello! Your child is invited to the mentorship programme, and your consent as a parent (legal guardian) is needed for them to take part.
join-choose-language = Choose your language / Выберите язык:
join-ask-age = Are you 18 or older?
join-age-adult = Yes, I am 18 or older
join-age-minor = No, I am under 18
join-use-buttons = Please choose with a button under the message.
join-consent-use-buttons = Please answer with a button under the consent text: “I agree” or “I do not agree”. To see it again — /start
join-consent-recorded = Consent recorded
join-declined =
    You declined — that is your right. The bot has stored no data about you.

    If you change your mind, open the invite link again (while it is valid) or ask the coordinator for a new one.
join-declined-student =
    All right, you are not taking part. The bot has stored nothing about you.

    If you change your mind, open the invite link again or ask your curator for a new one.
join-already-registered = You are already registered in the programme.
join-role-added = Done: you now also have the role “{ role-name }”.

reg-step = <i>Step { $number } of { $total }</i>
reg-resume = Let's pick up where you left off.
reg-ask-full-name = Please type your full name: surname, first name and patronymic if you have one, e.g. <i>Ivanova Maria Petrovna</i>
reg-ask-student-name = Type your full name: surname, first name and patronymic if you have one, e.g. <i>Sokolov Artyom</i>
reg-ask-position = Your position? For example: <i>primary school teacher</i>, <i>school psychologist</i>, <i>kindergarten teacher</i>.
reg-ask-subject = Which subject or area do you teach? For example: <i>mathematics</i>, <i>Russian language and literature</i>, <i>early childhood education</i>.
reg-ask-position-external = Where do you work and in what position? For example: <i>Technosphere LLC, software engineer</i>.
reg-ask-subject-external = Your profession or field? For example: <i>software development</i>, <i>medicine</i>, <i>design</i>.
reg-ask-experience = How many years of teaching experience do you have? Type a number, e.g. <i>2</i>. Less than a year — <i>0</i>.
reg-ask-phone = You may leave your phone number so the coordinator can contact you. Press the button below — or “Skip”.
reg-btn-share-phone = 📱 Share my number
reg-btn-skip-phone = Skip
reg-phone-placeholder = Use the button below
reg-done = Registration complete. Thank you!
reg-error-name = I need at least a surname and a first name, in letters (Cyrillic or Latin), separated by a space. For example: <i>Ivanova Maria Petrovna</i>.
reg-error-name-mixed = Please write the whole name in Cyrillic or the whole name in Latin letters.
reg-error-position = Please write your position in words, 2 to 150 characters.
reg-error-subject = Please write the subject or area in words, 2 to 150 characters.
reg-error-experience = Please type the experience as a whole number of years from 0 to 60, e.g. <i>5</i>.
reg-error-phone = I could not read that phone number. Press “Share my number” or “Skip”.
reg-error-phone-button = Press “📱 Share my number” or “Skip” at the bottom of the screen.
reg-error-phone-not-own = You can only share your own number — with the “📱 Share my number” button.
reg-error-already-registered = You are already registered. Your profile — /start

student-name-saved = Thank you! Now we need your parent's consent.
student-waiting-parent = We are waiting for your parent's (legal guardian's) consent.
student-waiting-parent-hint = The link for your parent — /start
student-parent-link =
    Send this link to your parent — they open it in { app-name } and answer the consent question:
    { $link }

    As soon as your parent agrees, I will message you.

parent-ask-name = Thank you. Please type your full name — it is kept in the consent record.
parent-done = Thank you! Consent recorded. { $child } now takes part in the mentorship programme. To see or withdraw the consent, use /privacy.
parent-declined = You declined. The child's data has been deleted and they are not in the programme. If you change your mind, ask the child or the coordinator for a new link.
parent-already-consented = You have already given consent for this child. To see or withdraw it — /privacy
parent-error-self = This link is for your parent. Send it to them — you do not need to open it yourself.
parent-notify-child-agreed = Your parent gave consent — you are now in the mentorship programme! Commands — /help.
parent-notify-child-declined = Your parent did not give consent, so your data has been deleted and you are not in the programme for now. If something changes, ask your curator for a new link.

profile-title = <b>Your profile</b>
profile-name = Full name: { $value }
profile-org = Organisation: { $value }
profile-roles = Roles: { $value }
profile-position = Position: { $value }
profile-position-external = Organisation and position: { $value }
profile-subject-external = Profession / field: { $value }
profile-subject = Subject / area: { $value }
profile-experience = Teaching experience: { $years ->
    [-1] —
    [one] { $years } year
   *[other] { $years } years
}
profile-phone = Phone: { $value }
profile-phone-none = not given
profile-parent = Consent given by: { $value }
profile-hint = Commands — /help. Your data and consents — /privacy.
profile-edit-hint = To correct your details, use the buttons below.
profile-btn-edit = ✏️ { $field ->
    [full_name] Full name
    [position] { $external ->
        [yes] Organisation and position
       *[no] Position
    }
    [subject] { $external ->
        [yes] Profession
       *[no] Subject
    }
    [experience_years] Experience
   *[phone] Phone
}
profile-ask-phone = Send the new number with the “📱 Share my number” button (only your own { app-name } number).
profile-ask-cancel = <i>Changed your mind? /cancel</i>
profile-btn-remove-phone = 🗑 Remove the number
profile-btn-keep = Keep it
profile-kept = All right, nothing changed.
profile-saved = Saved.
profile-error-phone-button = A number can be sent only with the “📱 Share my number” button at the bottom of the screen — or press “Keep it”.

notify-registered = New participant: <b>{ $name }</b> ({ role-name }), no. { $person_id }.
notify-role-added = Participant <b>{ $name }</b> (no. { $person_id }) got the role “{ role-name }” from an invite link.
notify-withdrawn = Participant no. { $person_id } ({ role-name }) — { $name } — withdrew consent to personal data processing. Their data in the bot has been deleted; please check paper lists and orders.
notify-parent-declined = The parent of student no. { $person_id } did not give consent. The student's data has been deleted.
notify-parent-consented = Consent for the student <b>{ $name }</b> (no. { $person_id }) was given by <b>{ $parent }</b> — { $relation ->
    [mother] mother
    [father] father
   *[guardian] legal representative
}. If this is not the parent (say, the pupil's own second account), contact the family and end the participation if needed.

## The parent says who they are before consenting (full name and relation, visible to the coordinator)
parent-ask-who = Please write your surname, first name and patronymic. They go into the consent text and are visible to the programme coordinator.
parent-ask-relation = How are you related to the child?
parent-relation = { $relation ->
    [mother] Mother
    [father] Father
   *[guardian] Legal representative (guardian, custodian)
}
parent-error-minor = This { app-name } account is registered in the programme as a pupil. Consent for a child is given by the parent from their own account.
