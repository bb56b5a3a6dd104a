## Personal-data consent texts (Russian Federal Law No. 152-FZ "On Personal Data").
## English translation for convenience; the Russian text (locales/ru/consent.ftl) is the legally
## meaningful one. Each text is a separate document (Art. 9 as amended by Law No. 156-FZ, from
## 01.09.2025) and is shown as its own Telegram message (parse_mode HTML: only <b> and <i>).
## Versions are immutable: editing a text = a new id with suffix -vN; keep old ids for the consent log.

## Headings, version line and buttons

consent-heading-pd = Consent to the processing of personal data
consent-heading-student = Joining the mentoring programme: a parent's consent is needed
consent-heading-parent = Consent of a parent (legal representative) to the processing of a child's personal data
consent-version-line = Version { $version } of { $date }
consent-btn-agree = ✅ I agree
consent-btn-decline = I do not agree
consent-btn-not-join = I do not want to take part
consent-btn-continue = Got it, continue

## Version 1

# Consent of an adult participant (teacher, mentor, mentee teacher, staff member).
# $org — operator's name; $address — operator's address (or a dash phrase when unknown).
consent-pd-v1 =
    <b>Who gives consent.</b> I am the Telegram user who presses the “I agree” button in this chat. I am identified by my Telegram account and by the full name I enter in the bot. I give consent to the processing of my personal data freely, of my own will and in my own interest.

    <b>Operator</b> (to whom I give consent): { $org }, address: { $address }.

    <b>Purpose:</b> organising and running the Operator's mentoring programme — forming the bank of mentors and the bank of mentees, forming mentoring pairs, the meetings log, monitoring questionnaires, reminders, and the Operator's reporting on the programme, including personalised records of participants.

    <b>Which data:</b> surname, first name, patronymic; position; subject or specialty; teaching experience; phone number (if I share it); Telegram user ID and language; questionnaire answers; information about my mentoring pairs and meetings.

    <b>What may be done with the data:</b> collection, recording, systematisation, accumulation, storage, clarification (updating, changing), use, transfer (giving access) only to the Operator's responsible staff, depersonalisation, blocking, deletion, destruction.

    <b>How it is processed:</b> automatically, in the bot's database on a server located in Russia. Only the Operator processes the data: it does not transfer it to third parties and does not commission other persons to process it.

    <b>Term:</b> while I take part in the programme and until the Operator's reporting for the current academic year is completed — or until I withdraw my consent, if I do so earlier.

    <b>How to withdraw:</b> at any time — with the /privacy command in the bot, button “Withdraw consent”, or by a written statement to the Operator at the address above. If I withdraw in the bot, my data is deleted at once. On a written statement, the Operator stops processing and destroys the data within the period set by law (no more than 30 days).

    <b>Refusing is my right.</b> If I do not agree, the only consequence is that the bot cannot register me in the programme.

    By pressing “✅ I agree” I confirm that I have read this text and agree with it. The bot stores the date, time and version of this text as proof of consent.

# Screen for a student (a minor) invited as a mentee. This is not a consent but an explanation:
# the parent gives consent via a link (consent-parent-v1).
# $org — operator's name; $address — operator's address.
consent-student-v1 =
    <b>Hi!</b> You have been invited to a mentoring programme. It is run by { $org } (address: { $address }).

    You are not 18 yet, so consent to the processing of your personal data is given by your parent (legal representative). Here is what happens next:

    1. The bot will now ask only for your surname, first name and patronymic.
    2. Then the bot will give you a link. Forward it to your mum, dad or other legal representative.
    3. Until your parent agrees, the bot collects nothing else about you, and you are not yet in the programme.
    4. If your parent declines, the bot will delete your surname, first name and patronymic.

    <i>If something is unclear, ask your class teacher or the programme coordinator.</i>

# Consent of a parent (legal representative) to the processing of the child's data.
# $org — operator's name; $address — operator's address; $child — the child's full name as the child typed it.
consent-parent-v1 =
    <b>Who gives consent.</b> I am the parent (legal representative) of the child, the Telegram user who presses the “I agree” button in this chat. I confirm that I am a parent or other legal representative of this child. After I press the button, the bot will ask for my surname, first name and patronymic; they and my Telegram account are kept in the consent record to confirm who gave it.

    <b>Child:</b> { $child } (as the child entered it in the bot).

    I give consent to the processing of the child's personal data freely, of my own will and in the child's interest.

    <b>Operator:</b> { $org }, address: { $address }.

    <b>Purpose:</b> the child's participation in the Operator's mentoring programme (forms “teacher – student”, “student – student” and others) — inclusion in the bank of mentors or mentees, forming the mentoring pair, the meetings log, monitoring questionnaires, reminders, and the Operator's reporting on the programme, including personalised records of participants.

    <b>Which data of the child:</b> surname, first name, patronymic; class (grade); Telegram user ID and language; questionnaire answers; information about the mentoring pair and meetings.

    <b>What may be done with the data:</b> collection, recording, systematisation, accumulation, storage, clarification (updating, changing), use, transfer (giving access) only to the Operator's responsible staff, depersonalisation, blocking, deletion, destruction.

    <b>How it is processed:</b> automatically, in the bot's database on a server located in Russia. Only the Operator processes the data: it does not transfer it to third parties and does not commission other persons to process it.

    <b>Term:</b> while the child takes part in the programme and until the Operator's reporting for the current academic year is completed — or until I withdraw my consent, if I do so earlier.

    <b>How to withdraw:</b> at any time — with the /privacy command in the bot from my own Telegram account, button “Withdraw consent”, or by a written statement to the Operator at the address above. If I withdraw in the bot, the child's data is deleted at once. On a written statement, the Operator stops processing and destroys the data within the period set by law (no more than 30 days).

    <b>Refusing is my right.</b> If I do not agree, the child will not be registered in the programme through the bot, and the full name the child entered will be deleted.

    By pressing “✅ I agree” I confirm that I have read this text and agree with it. The bot stores the date, time and version of this text as proof of consent.
consent-address-unknown = address not given

## Mentoring pairs (from version 1). Separate consents, logged with the pair number.

consent-heading-mentoring = Consent to the duties of a mentor
consent-mentoring-v1 =
    I, <b>{ $mentor }</b>, consent to { $org } (address: { $address }) to carry out the duties of a mentor — Article 351.8 of the Labour Code of the Russian Federation.

    <b>Mentee(s):</b> { $mentees }
    <b>Form of mentoring:</b> { mentorship-form }
    <b>Term:</b> from { $starts } to { $ends }

    I am ready to draw up a personalised mentoring programme with the mentee, hold meetings and log them in the bot.

    The content, term and form of mentoring and the extra pay for it are set in the employment contract or an addendum to it; this confirmation does not replace them. I may end mentoring early by giving the employer at least 3 working days' notice (the «End early» button in /mypair).

    By pressing «✅ I agree» I confirm my consent. The bot keeps the date, time and version of this text.

consent-heading-mentee_pair = Consent to take part in a mentoring pair
consent-mentee_pair-v1 =
    I agree to take part in the mentoring programme of { $org } (address: { $address }) in this mentoring pair (group):

    <b>Mentor:</b> { $mentor }
    <b>Mentee(s):</b> { $mentees }
    <b>Form of mentoring:</b> { mentorship-form }
    <b>Term:</b> from { $starts } to { $ends }

    I am ready to draw up a personalised programme with the mentor and follow it. If the pair does not work, I can tell only the coordinator (a button in /mypair) or ask to end mentoring early.

    By pressing «✅ I agree» I confirm my consent. The bot keeps the date, time and version of this text.

## Version 2 (02.12.2026): the texts say what actually happens — the Operator and whoever hosts the bot on its
## behalf; messages pass through Telegram; burnout and psychological-support data; the consent is electronic (not
## "written"); Labour Code art. 351.8 only for an employee mentoring another employee of the same employer.

consent-pd-v2 =
    <b>Who gives consent.</b> I am the Telegram user who presses the “I agree” button in this chat. I am identified by my Telegram account and by the full name I enter in the bot. I give consent to the processing of my personal data freely, of my own will and in my own interest.

    <b>Operator</b> (to whom I give consent): { $org }, address: { $address }.

    <b>Purpose:</b> organising and running the Operator's mentoring programme — forming the bank of mentors and the bank of mentees, forming mentoring pairs, the meetings log, monitoring questionnaires, reminders, and the Operator's reporting on the programme, including personalised records of participants.

    <b>Which data:</b> surname, first name, patronymic; position; subject or specialty; teaching experience; phone number (if I share it); Telegram user ID and language; questionnaire answers; information about my mentoring pairs and meetings; <b>information about professional burnout and the need for psychological support</b> (my questionnaire answer, if I give it, and the coordinator's psychological-support flag) — only the Operator's programme coordinators see it.

    <b>Who gets access:</b> the Operator's responsible staff (programme coordinators); the members of my mentoring pair (group) — my full name, position and a link to my Telegram account, once the pair is confirmed; the person who hosts and maintains the bot and its database on their server on the Operator's behalf (Art. 6 Part 3 of Law 152-FZ): they have technical access to all data, including exporting it, and must keep it confidential; { $processor ->
        [none] the Operator gives their name and address on request
       *[other] this is { $processor }
    }.

    <b>Telegram.</b> Every message between me and the bot (including my full name, questionnaire answers, information about the pair and meetings) passes through the Telegram messenger — a foreign service whose servers are outside Russia. Telegram processes these messages under its own rules; { $org } cannot influence that. If I do not want this, I can refuse consent and take part in the programme without the bot, through the coordinator.

    <b>What may be done with the data:</b> collection, recording, systematisation, accumulation, storage, clarification (updating, changing), use, transfer (giving access) to the persons named above, depersonalisation, blocking, deletion, destruction.

    <b>How it is processed:</b> automatically, in the bot's database on a server located in Russia.

    <b>Term:</b> while I take part in the programme and until the Operator's reporting for the current academic year is completed — or until I withdraw my consent, if I do so earlier.

    <b>How to withdraw:</b> at any time — with the /privacy command in the bot, button “Withdraw consent”, or by a statement to the Operator at the address above. If I withdraw in the bot, my data is deleted at once. On a statement, the Operator stops processing and destroys the data within the period set by law (no more than 30 days).

    <b>Refusing is my right.</b> If I do not agree, the only consequence is that the bot cannot register me in the programme.

    <b>Form of consent.</b> This is an electronic consent: by pressing “✅ I agree” I confirm that I have read this text and agree with it. The bot stores the date, time, version and checksum of this text. If the Operator needs a signed paper consent, the coordinator will print this same text with my details.

consent-student-v2 =
    <b>Hi!</b> You have been invited to a mentoring programme. It is run by { $org } (address: { $address }).

    You are not 18 yet, so consent to the processing of your personal data is given by your parent (legal representative). Here is what happens next:

    1. The bot will now ask only for your surname, first name and patronymic.
    2. Then the bot will give you a link. Forward it to your mum, dad or other legal representative. The parent must open it from their own Telegram account: they state their full name and how they are related to you, and the coordinator sees it.
    3. Until your parent agrees, the bot collects nothing else about you, and you are not yet in the programme.
    4. If your parent declines, the bot will delete your surname, first name and patronymic.
    5. When the coordinator proposes a mentor for you, your parent confirms that too — the bot will tell you their decision.

    The bot's messages go through Telegram, a foreign service; do not write the bot anything about yourself that it does not ask.

    <i>If something is unclear, ask your class teacher or the programme coordinator.</i>

# How the parent is related to the child (consent-parent-v2). $relation — mother | father | guardian.
consent-relation = { $relation ->
        [mother] the mother
        [father] the father
       *[guardian] the legal representative (guardian, custodian)
    }

consent-parent-v2 =
    <b>Who gives consent.</b> I, <b>{ $parent }</b>, { consent-relation } of the child, am the Telegram user who presses the “I agree” button in this chat. I confirm that I am a parent or other legal representative of this child. My full name, relation to the child and Telegram account are kept in the consent record; the coordinator sees them.

    <b>Child:</b> { $child } (as the child entered it in the bot).

    I give consent to the processing of the child's personal data freely, of my own will and in the child's interest.

    <b>Operator:</b> { $org }, address: { $address }.

    <b>Purpose:</b> the child's participation in the Operator's mentoring programme — inclusion in the bank of mentees, forming the mentoring pair, the meetings log, monitoring questionnaires, reminders, and the Operator's reporting on the programme, including personalised records of participants.

    <b>Which data of the child:</b> surname, first name, patronymic; class (grade); Telegram user ID and language; questionnaire answers; information about the mentoring pair and meetings; <b>information about the need for psychological support</b> (the coordinator's flag) — only the Operator's programme coordinators see it.

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

consent-mentoring-v2 =
    { $labour ->
        [yes] I, <b>{ $mentor }</b>, an employee of { $org } (address: { $address }), agree to mentor another employee of this employer — Article 351.8 of the Labour Code of the Russian Federation.
       *[no] I, <b>{ $mentor }</b>, agree to be a mentor in the mentoring programme of { $org } (address: { $address }).
    }

    <b>Mentee(s):</b> { $mentees }
    <b>Form of mentoring:</b> { mentorship-form }
    <b>Term:</b> from { $starts } to { $ends }

    I am ready to draw up a personalised mentoring programme with the mentee, hold meetings and log them in the bot.

    { $labour ->
        [yes] This is an electronic confirmation in the bot. Article 351.8 requires the employee's written consent: it is made on paper with a signature (the coordinator can print this text), and the content, term and form of mentoring and the extra pay for it are set by the employment contract or an addendum to it. I or the employer may end mentoring early by giving the other side at least 3 working days' notice (the «End early» button in /mypair); working days exclude weekends and public holidays.
       *[no] If the mentoring does not work, I can ask to end it early (the «End early» button in /mypair): under the programme's rules the pair ends after 3 working days, and the coordinator and the mentees are told.
    }

    By pressing «✅ I agree» I confirm my consent in electronic form. The bot keeps the date, time, version and checksum of this text.

consent-mentee_pair-v2 =
    { $by ->
        [parent] I, <b>{ $parent }</b>, the legal representative of the child <b>{ $child }</b>, confirm that my child takes part in the mentoring programme of { $org } (address: { $address }) in this mentoring pair (group):
       *[self] I agree to take part in the mentoring programme of { $org } (address: { $address }) in this mentoring pair (group):
    }

    <b>Mentor:</b> { $mentor }
    <b>Mentee(s):</b> { $mentees }
    <b>Form of mentoring:</b> { mentorship-form }
    <b>Term:</b> from { $starts } to { $ends }

    { $by ->
        [parent] The mentor will see the child's full name and be able to message the child in Telegram. If the pair does not work, the child can tell only the coordinator (a button in /mypair) or ask to end mentoring early; I can withdraw consent with /privacy.
       *[self] I am ready to draw up a personalised programme with the mentor and follow it. If the pair does not work, I can tell only the coordinator (a button in /mypair) or ask to end mentoring early.
    }

    By pressing «✅ I agree» I confirm my consent in electronic form. The bot keeps the date, time, version and checksum of this text.

## Version 3 (02.12.2026): a learner can be a mentor: the pupil's screen, the parent's consent and the parent's
## confirmation of a pair say whether the child is a mentor or a mentee; a mentor from a partner organisation gives a
## separate consent (consent-pd_external): not the Operator's employee, Labour Code art. 351.8 does not apply.

consent-heading-pd_external = Consent of a mentor from a partner organisation to the processing of personal data

consent-pd_external-v1 =
    <b>Who gives consent.</b> I am the Telegram user who presses the “I agree” button in this chat. I am identified by my Telegram account and by the full name I enter in the bot. I give consent to the processing of my personal data freely, of my own will and in my own interest.

    <b>Operator</b> (to whom I give consent): { $org }, address: { $address }.

    <b>Purpose:</b> organising and running the Operator's mentoring programme — including me in the bank of mentors as a mentor from a partner organisation, forming mentoring pairs, the meetings log, monitoring questionnaires, reminders, and the Operator's reporting on the programme, including personalised records of participants.

    <b>Which data:</b> surname, first name, patronymic; the organisation I work for and my position; my profession or field and years in it; phone number (if I share it); Telegram user ID and language; questionnaire answers; information about my mentoring pairs and meetings.

    <b>Who gets access:</b> the Operator's responsible staff (programme coordinators); the members of my mentoring pair (group), and the parents of mentees who are minors: my full name, organisation, position and a link to my Telegram account, once the pair is confirmed; the person who hosts and maintains the bot and its database on their server on the Operator's behalf (Art. 6 Part 3 of Law 152-FZ): they have technical access to all data, including exporting it, and must keep it confidential; { $processor ->
        [none] the Operator gives their name and address on request
       *[other] this is { $processor }
    }.

    <b>Telegram.</b> Every message between me and the bot (including my full name, questionnaire answers, information about the pair and meetings) passes through the Telegram messenger — a foreign service whose servers are outside Russia. Telegram processes these messages under its own rules; { $org } cannot influence that. If I do not want this, I can refuse consent and take part in the programme without the bot, through the coordinator.

    <b>What may be done with the data:</b> collection, recording, systematisation, accumulation, storage, clarification (updating, changing), use, transfer (giving access) to the persons named above, depersonalisation, blocking, deletion, destruction.

    <b>How it is processed:</b> automatically, in the bot's database on a server located in Russia.

    <b>Term:</b> while I take part in the programme and until the Operator's reporting for the current academic year is completed — or until I withdraw my consent, if I do so earlier.

    <b>How to withdraw:</b> at any time — with the /privacy command in the bot, button “Withdraw consent”, or by a statement to the Operator at the address above. If I withdraw in the bot, my data is deleted at once. On a statement, the Operator stops processing and destroys the data within the period set by law (no more than 30 days).

    <b>I am not the Operator's employee.</b> Mentoring in the programme is my voluntary participation; Article 351.8 of the Labour Code (an employee mentoring another employee of the same employer) does not apply to me. If the partner organisation's part needs terms, the Operator and the partner set them in a cooperation agreement.

    <b>Refusing is my right.</b> If I do not agree, the only consequence is that the bot cannot register me in the programme.

    <b>Form of consent.</b> This is an electronic consent: by pressing “✅ I agree” I confirm that I have read this text and agree with it. The bot stores the date, time, version and checksum of this text. If the Operator needs a signed paper consent, the coordinator will print this same text with my details.


consent-student-v3 =
    <b>Hi!</b> You have been invited to a mentoring programme { $role ->
        [mentor] as a mentor: you will help a pupil younger than you.
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

    <i>If something is unclear, ask your class teacher or the programme coordinator.</i>


consent-parent-v3 =
    <b>Who gives consent.</b> I, <b>{ $parent }</b>, { consent-relation } of the child, am the Telegram user who presses the “I agree” button in this chat. I confirm that I am a parent or other legal representative of this child. My full name, relation to the child and Telegram account are kept in the consent record; the coordinator sees them.

    <b>Child:</b> { $child } (as the child entered it in the bot).

    I give consent to the processing of the child's personal data freely, of my own will and in the child's interest.

    <b>Operator:</b> { $org }, address: { $address }.

    <b>Purpose:</b> the child's participation in the Operator's mentoring programme — inclusion in the bank of { $role ->
        [mentor] mentors (the child helps younger learners as a mentor)
       *[mentee] mentees
    }, forming the mentoring pair, the meetings log, monitoring questionnaires, reminders, and the Operator's reporting on the programme, including personalised records of participants.

    <b>Which data of the child:</b> surname, first name, patronymic; class (grade); Telegram user ID and language; questionnaire answers; information about the mentoring pair and meetings; <b>information about the need for psychological support</b> (the coordinator's flag) — only the Operator's programme coordinators see it.

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


consent-mentoring-v3 =
    { $by ->
        [parent] I, <b>{ $parent }</b>, the legal representative of the child <b>{ $child }</b>, confirm that my child will be a mentor in the mentoring programme of { $org } (address: { $address }). This is a learner's voluntary part in the programme, not a duty of employment.
       *[self] { $labour ->
        [yes] I, <b>{ $mentor }</b>, an employee of { $org } (address: { $address }), agree to mentor another employee of this employer — Article 351.8 of the Labour Code of the Russian Federation.
       *[no] I, <b>{ $mentor }</b>, agree to be a mentor in the mentoring programme of { $org } (address: { $address }). I am not an employee whose employment contract obliges them to mentor: this is voluntary participation in the programme.
        }
    }

    <b>Mentee(s):</b> { $mentees }
    <b>Form of mentoring:</b> { mentorship-form }
    <b>Term:</b> from { $starts } to { $ends }

    { $by ->
        [parent] The child and the mentee will draw up a personalised programme, hold meetings and log them in the bot; the programme coordinator supports the pair. If the mentoring does not work, the child can ask to end it early (a button in /mypair); I can withdraw consent with /privacy.
       *[self] I am ready to draw up a personalised mentoring programme with the mentee, hold meetings and log them in the bot.
    }

    { $by ->
        [parent] { "" }
       *[self] { $labour ->
        [yes] This is an electronic confirmation in the bot. Article 351.8 requires the employee's written consent: it is made on paper with a signature (the coordinator can print this text), and the content, term and form of mentoring and the extra pay for it are set by the employment contract or an addendum to it. I or the employer may end mentoring early by giving the other side at least 3 working days' notice (the «End early» button in /mypair); working days exclude weekends and public holidays.
       *[no] If the mentoring does not work, I can ask to end it early (the «End early» button in /mypair): under the programme's rules the pair ends after 3 working days, and the coordinator and the mentees are told.
        }
    }

    By pressing «✅ I agree» I confirm my consent in electronic form. The bot keeps the date, time, version and checksum of this text.

## Versions for MAX (02.12.2026): the same text, but messages pass through the MAX messenger, not Telegram; in
## MAX the bot has no link to a person's account — pair members see the full name (and position), no link.
## Shown when the bot runs in MAX (bot/services/consents.py, CURRENT_MAX).

consent-pd-v3 =
    <b>Who gives consent.</b> I am the MAX user who presses the “I agree” button in this chat. I am identified by my MAX account and by the full name I enter in the bot. I give consent to the processing of my personal data freely, of my own will and in my own interest.

    <b>Operator</b> (to whom I give consent): { $org }, address: { $address }.

    <b>Purpose:</b> organising and running the Operator's mentoring programme — forming the bank of mentors and the bank of mentees, forming mentoring pairs, the meetings log, monitoring questionnaires, reminders, and the Operator's reporting on the programme, including personalised records of participants.

    <b>Which data:</b> surname, first name, patronymic; position; subject or specialty; teaching experience; phone number (if I share it); MAX user ID and language; questionnaire answers; information about my mentoring pairs and meetings; <b>information about professional burnout and the need for psychological support</b> (my questionnaire answer, if I give it, and the coordinator's psychological-support flag) — only the Operator's programme coordinators see it.

    <b>Who gets access:</b> the Operator's responsible staff (programme coordinators); the members of my mentoring pair (group) — my full name and position, once the pair is confirmed; the person who hosts and maintains the bot and its database on their server on the Operator's behalf (Art. 6 Part 3 of Law 152-FZ): they have technical access to all data, including exporting it, and must keep it confidential; { $processor ->
        [none] the Operator gives their name and address on request
       *[other] this is { $processor }
    }.

    <b>MAX.</b> Every message between me and the bot (including my full name, questionnaire answers, information about the pair and meetings) passes through the MAX messenger. MAX processes these messages under its own rules; { $org } cannot influence that. If I do not want this, I can refuse consent and take part in the programme without the bot, through the coordinator.

    <b>What may be done with the data:</b> collection, recording, systematisation, accumulation, storage, clarification (updating, changing), use, transfer (giving access) to the persons named above, depersonalisation, blocking, deletion, destruction.

    <b>How it is processed:</b> automatically, in the bot's database on a server located in Russia.

    <b>Term:</b> while I take part in the programme and until the Operator's reporting for the current academic year is completed — or until I withdraw my consent, if I do so earlier.

    <b>How to withdraw:</b> at any time — with the /privacy command in the bot, button “Withdraw consent”, or by a statement to the Operator at the address above. If I withdraw in the bot, my data is deleted at once. On a statement, the Operator stops processing and destroys the data within the period set by law (no more than 30 days).

    <b>Refusing is my right.</b> If I do not agree, the only consequence is that the bot cannot register me in the programme.

    <b>Form of consent.</b> This is an electronic consent: by pressing “✅ I agree” I confirm that I have read this text and agree with it. The bot stores the date, time, version and checksum of this text. If the Operator needs a signed paper consent, the coordinator will print this same text with my details.

consent-mentee_pair-v4 =
    { $by ->
        [parent] I, <b>{ $parent }</b>, the legal representative of the child <b>{ $child }</b>, confirm that my child takes part in the mentoring programme of { $org } (address: { $address }) in this mentoring pair (group):
       *[self] I agree to take part in the mentoring programme of { $org } (address: { $address }) in this mentoring pair (group):
    }

    <b>Mentor:</b> { $mentor }
    <b>Mentee(s):</b> { $mentees }
    <b>Form of mentoring:</b> { mentorship-form }
    <b>Term:</b> from { $starts } to { $ends }

    { $by ->
        [parent] The mentor will see the child's full name. If the pair does not work, the child can tell only the coordinator (a button in /mypair) or ask to end mentoring early; I can withdraw consent with /privacy.
       *[self] I am ready to draw up a personalised programme with the mentor and follow it. If the pair does not work, I can tell only the coordinator (a button in /mypair) or ask to end mentoring early.
    }

    By pressing “✅ I agree” I confirm my consent in electronic form. The bot keeps the date, time, version and checksum of this text.

consent-pd_external-v2 =
    <b>Who gives consent.</b> I am the MAX user who presses the “I agree” button in this chat. I am identified by my MAX account and by the full name I enter in the bot. I give consent to the processing of my personal data freely, of my own will and in my own interest.

    <b>Operator</b> (to whom I give consent): { $org }, address: { $address }.

    <b>Purpose:</b> organising and running the Operator's mentoring programme — including me in the bank of mentors as a mentor from a partner organisation, forming mentoring pairs, the meetings log, monitoring questionnaires, reminders, and the Operator's reporting on the programme, including personalised records of participants.

    <b>Which data:</b> surname, first name, patronymic; the organisation I work for and my position; my profession or field and years in it; phone number (if I share it); MAX user ID and language; questionnaire answers; information about my mentoring pairs and meetings.

    <b>Who gets access:</b> the Operator's responsible staff (programme coordinators); the members of my mentoring pair (group), and the parents of mentees who are minors: my full name, organisation and position, once the pair is confirmed; the person who hosts and maintains the bot and its database on their server on the Operator's behalf (Art. 6 Part 3 of Law 152-FZ): they have technical access to all data, including exporting it, and must keep it confidential; { $processor ->
        [none] the Operator gives their name and address on request
       *[other] this is { $processor }
    }.

    <b>MAX.</b> Every message between me and the bot (including my full name, questionnaire answers, information about the pair and meetings) passes through the MAX messenger. MAX processes these messages under its own rules; { $org } cannot influence that. If I do not want this, I can refuse consent and take part in the programme without the bot, through the coordinator.

    <b>What may be done with the data:</b> collection, recording, systematisation, accumulation, storage, clarification (updating, changing), use, transfer (giving access) to the persons named above, depersonalisation, blocking, deletion, destruction.

    <b>How it is processed:</b> automatically, in the bot's database on a server located in Russia.

    <b>Term:</b> while I take part in the programme and until the Operator's reporting for the current academic year is completed — or until I withdraw my consent, if I do so earlier.

    <b>How to withdraw:</b> at any time — with the /privacy command in the bot, button “Withdraw consent”, or by a statement to the Operator at the address above. If I withdraw in the bot, my data is deleted at once. On a statement, the Operator stops processing and destroys the data within the period set by law (no more than 30 days).

    <b>I am not the Operator's employee.</b> Mentoring in the programme is my voluntary participation; Article 351.8 of the Labour Code (an employee mentoring another employee of the same employer) does not apply to me. If the partner organisation's part needs terms, the Operator and the partner set them in a cooperation agreement.

    <b>Refusing is my right.</b> If I do not agree, the only consequence is that the bot cannot register me in the programme.

    <b>Form of consent.</b> This is an electronic consent: by pressing “✅ I agree” I confirm that I have read this text and agree with it. The bot stores the date, time, version and checksum of this text. If the Operator needs a signed paper consent, the coordinator will print this same text with my details.

consent-student-v4 =
    <b>Hi!</b> You have been invited to a mentoring programme { $role ->
        [mentor] as a mentor: you will help a pupil younger than you.
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

    <i>If something is unclear, ask your class teacher or the programme coordinator.</i>

consent-parent-v4 =
    <b>Who gives consent.</b> I, <b>{ $parent }</b>, { consent-relation } of the child, am the MAX user who presses the “I agree” button in this chat. I confirm that I am a parent or other legal representative of this child. My full name, relation to the child and MAX account are kept in the consent record; the coordinator sees them.

    <b>Child:</b> { $child } (as the child entered it in the bot).

    I give consent to the processing of the child's personal data freely, of my own will and in the child's interest.

    <b>Operator:</b> { $org }, address: { $address }.

    <b>Purpose:</b> the child's participation in the Operator's mentoring programme — inclusion in the bank of { $role ->
        [mentor] mentors (the child helps younger learners as a mentor)
       *[mentee] mentees
    }, forming the mentoring pair, the meetings log, monitoring questionnaires, reminders, and the Operator's reporting on the programme, including personalised records of participants.

    <b>Which data of the child:</b> surname, first name, patronymic; class (grade); MAX user ID and language; questionnaire answers; information about the mentoring pair and meetings; <b>information about the need for psychological support</b> (the coordinator's flag) — only the Operator's programme coordinators see it.

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

## Version 4 of the mentor's consent and version 3 of the mentee's (02.12.2026, issue 18): English quotation
## marks in the English text; the Russian words are those of the previous version. (In MAX the mentee's pair consent
## is version 4 above: the text that names MAX.)

consent-mentoring-v4 =
    { $by ->
        [parent] I, <b>{ $parent }</b>, the legal representative of the child <b>{ $child }</b>, confirm that my child will be a mentor in the mentoring programme of { $org } (address: { $address }). This is a learner's voluntary part in the programme, not a duty of employment.
       *[self] { $labour ->
        [yes] I, <b>{ $mentor }</b>, an employee of { $org } (address: { $address }), agree to mentor another employee of this employer — Article 351.8 of the Labour Code of the Russian Federation.
       *[no] I, <b>{ $mentor }</b>, agree to be a mentor in the mentoring programme of { $org } (address: { $address }). I am not an employee whose employment contract obliges them to mentor: this is voluntary participation in the programme.
        }
    }

    <b>Mentee(s):</b> { $mentees }
    <b>Form of mentoring:</b> { mentorship-form }
    <b>Term:</b> from { $starts } to { $ends }

    { $by ->
        [parent] The child and the mentee will draw up a personalised programme, hold meetings and log them in the bot; the programme coordinator supports the pair. If the mentoring does not work, the child can ask to end it early (a button in /mypair); I can withdraw consent with /privacy.
       *[self] I am ready to draw up a personalised mentoring programme with the mentee, hold meetings and log them in the bot.
    }

    { $by ->
        [parent] { "" }
       *[self] { $labour ->
        [yes] This is an electronic confirmation in the bot. Article 351.8 requires the employee's written consent: it is made on paper with a signature (the coordinator can print this text), and the content, term and form of mentoring and the extra pay for it are set by the employment contract or an addendum to it. I or the employer may end mentoring early by giving the other side at least 3 working days' notice (the “End early” button in /mypair); working days exclude weekends and public holidays.
       *[no] If the mentoring does not work, I can ask to end it early (the “End early” button in /mypair): under the programme's rules the pair ends after 3 working days, and the coordinator and the mentees are told.
        }
    }

    By pressing “✅ I agree” I confirm my consent in electronic form. The bot keeps the date, time, version and checksum of this text.

consent-mentee_pair-v3 =
    { $by ->
        [parent] I, <b>{ $parent }</b>, the legal representative of the child <b>{ $child }</b>, confirm that my child takes part in the mentoring programme of { $org } (address: { $address }) in this mentoring pair (group):
       *[self] I agree to take part in the mentoring programme of { $org } (address: { $address }) in this mentoring pair (group):
    }

    <b>Mentor:</b> { $mentor }
    <b>Mentee(s):</b> { $mentees }
    <b>Form of mentoring:</b> { mentorship-form }
    <b>Term:</b> from { $starts } to { $ends }

    { $by ->
        [parent] The mentor will see the child's full name and be able to message the child in Telegram. If the pair does not work, the child can tell only the coordinator (a button in /mypair) or ask to end mentoring early; I can withdraw consent with /privacy.
       *[self] I am ready to draw up a personalised programme with the mentor and follow it. If the pair does not work, I can tell only the coordinator (a button in /mypair) or ask to end mentoring early.
    }

    By pressing “✅ I agree” I confirm my consent in electronic form. The bot keeps the date, time, version and checksum of this text.

## Versions of 02.12.2026 (issue 18): the Russian text says «куратор» (the Р-145 term) instead of «координатор»; the
## English words are those of the previous versions (Telegram: pd 4, pd_external 3, student 5, parent 5, mentoring 5,
## mentee_pair 5; MAX: pd 5, pd_external 4, student 6, parent 6, mentee_pair 6).

consent-pd-v4 =
    <b>Who gives consent.</b> I am the Telegram user who presses the “I agree” button in this chat. I am identified by my Telegram account and by the full name I enter in the bot. I give consent to the processing of my personal data freely, of my own will and in my own interest.

    <b>Operator</b> (to whom I give consent): { $org }, address: { $address }.

    <b>Purpose:</b> organising and running the Operator's mentoring programme — forming the bank of mentors and the bank of mentees, forming mentoring pairs, the meetings log, monitoring questionnaires, reminders, and the Operator's reporting on the programme, including personalised records of participants.

    <b>Which data:</b> surname, first name, patronymic; position; subject or specialty; teaching experience; phone number (if I share it); Telegram user ID and language; questionnaire answers; information about my mentoring pairs and meetings; <b>information about professional burnout and the need for psychological support</b> (my questionnaire answer, if I give it, and the coordinator's psychological-support flag) — only the Operator's programme coordinators see it.

    <b>Who gets access:</b> the Operator's responsible staff (programme coordinators); the members of my mentoring pair (group) — my full name, position and a link to my Telegram account, once the pair is confirmed; the person who hosts and maintains the bot and its database on their server on the Operator's behalf (Art. 6 Part 3 of Law 152-FZ): they have technical access to all data, including exporting it, and must keep it confidential; { $processor ->
        [none] the Operator gives their name and address on request
       *[other] this is { $processor }
    }.

    <b>Telegram.</b> Every message between me and the bot (including my full name, questionnaire answers, information about the pair and meetings) passes through the Telegram messenger — a foreign service whose servers are outside Russia. Telegram processes these messages under its own rules; { $org } cannot influence that. If I do not want this, I can refuse consent and take part in the programme without the bot, through the coordinator.

    <b>What may be done with the data:</b> collection, recording, systematisation, accumulation, storage, clarification (updating, changing), use, transfer (giving access) to the persons named above, depersonalisation, blocking, deletion, destruction.

    <b>How it is processed:</b> automatically, in the bot's database on a server located in Russia.

    <b>Term:</b> while I take part in the programme and until the Operator's reporting for the current academic year is completed — or until I withdraw my consent, if I do so earlier.

    <b>How to withdraw:</b> at any time — with the /privacy command in the bot, button “Withdraw consent”, or by a statement to the Operator at the address above. If I withdraw in the bot, my data is deleted at once. On a statement, the Operator stops processing and destroys the data within the period set by law (no more than 30 days).

    <b>Refusing is my right.</b> If I do not agree, the only consequence is that the bot cannot register me in the programme.

    <b>Form of consent.</b> This is an electronic consent: by pressing “✅ I agree” I confirm that I have read this text and agree with it. The bot stores the date, time, version and checksum of this text. If the Operator needs a signed paper consent, the coordinator will print this same text with my details.

consent-pd-v5 =
    <b>Who gives consent.</b> I am the MAX user who presses the “I agree” button in this chat. I am identified by my MAX account and by the full name I enter in the bot. I give consent to the processing of my personal data freely, of my own will and in my own interest.

    <b>Operator</b> (to whom I give consent): { $org }, address: { $address }.

    <b>Purpose:</b> organising and running the Operator's mentoring programme — forming the bank of mentors and the bank of mentees, forming mentoring pairs, the meetings log, monitoring questionnaires, reminders, and the Operator's reporting on the programme, including personalised records of participants.

    <b>Which data:</b> surname, first name, patronymic; position; subject or specialty; teaching experience; phone number (if I share it); MAX user ID and language; questionnaire answers; information about my mentoring pairs and meetings; <b>information about professional burnout and the need for psychological support</b> (my questionnaire answer, if I give it, and the coordinator's psychological-support flag) — only the Operator's programme coordinators see it.

    <b>Who gets access:</b> the Operator's responsible staff (programme coordinators); the members of my mentoring pair (group) — my full name and position, once the pair is confirmed; the person who hosts and maintains the bot and its database on their server on the Operator's behalf (Art. 6 Part 3 of Law 152-FZ): they have technical access to all data, including exporting it, and must keep it confidential; { $processor ->
        [none] the Operator gives their name and address on request
       *[other] this is { $processor }
    }.

    <b>MAX.</b> Every message between me and the bot (including my full name, questionnaire answers, information about the pair and meetings) passes through the MAX messenger. MAX processes these messages under its own rules; { $org } cannot influence that. If I do not want this, I can refuse consent and take part in the programme without the bot, through the coordinator.

    <b>What may be done with the data:</b> collection, recording, systematisation, accumulation, storage, clarification (updating, changing), use, transfer (giving access) to the persons named above, depersonalisation, blocking, deletion, destruction.

    <b>How it is processed:</b> automatically, in the bot's database on a server located in Russia.

    <b>Term:</b> while I take part in the programme and until the Operator's reporting for the current academic year is completed — or until I withdraw my consent, if I do so earlier.

    <b>How to withdraw:</b> at any time — with the /privacy command in the bot, button “Withdraw consent”, or by a statement to the Operator at the address above. If I withdraw in the bot, my data is deleted at once. On a statement, the Operator stops processing and destroys the data within the period set by law (no more than 30 days).

    <b>Refusing is my right.</b> If I do not agree, the only consequence is that the bot cannot register me in the programme.

    <b>Form of consent.</b> This is an electronic consent: by pressing “✅ I agree” I confirm that I have read this text and agree with it. The bot stores the date, time, version and checksum of this text. If the Operator needs a signed paper consent, the coordinator will print this same text with my details.

consent-pd_external-v3 =
    <b>Who gives consent.</b> I am the Telegram user who presses the “I agree” button in this chat. I am identified by my Telegram account and by the full name I enter in the bot. I give consent to the processing of my personal data freely, of my own will and in my own interest.

    <b>Operator</b> (to whom I give consent): { $org }, address: { $address }.

    <b>Purpose:</b> organising and running the Operator's mentoring programme — including me in the bank of mentors as a mentor from a partner organisation, forming mentoring pairs, the meetings log, monitoring questionnaires, reminders, and the Operator's reporting on the programme, including personalised records of participants.

    <b>Which data:</b> surname, first name, patronymic; the organisation I work for and my position; my profession or field and years in it; phone number (if I share it); Telegram user ID and language; questionnaire answers; information about my mentoring pairs and meetings.

    <b>Who gets access:</b> the Operator's responsible staff (programme coordinators); the members of my mentoring pair (group), and the parents of mentees who are minors: my full name, organisation, position and a link to my Telegram account, once the pair is confirmed; the person who hosts and maintains the bot and its database on their server on the Operator's behalf (Art. 6 Part 3 of Law 152-FZ): they have technical access to all data, including exporting it, and must keep it confidential; { $processor ->
        [none] the Operator gives their name and address on request
       *[other] this is { $processor }
    }.

    <b>Telegram.</b> Every message between me and the bot (including my full name, questionnaire answers, information about the pair and meetings) passes through the Telegram messenger — a foreign service whose servers are outside Russia. Telegram processes these messages under its own rules; { $org } cannot influence that. If I do not want this, I can refuse consent and take part in the programme without the bot, through the coordinator.

    <b>What may be done with the data:</b> collection, recording, systematisation, accumulation, storage, clarification (updating, changing), use, transfer (giving access) to the persons named above, depersonalisation, blocking, deletion, destruction.

    <b>How it is processed:</b> automatically, in the bot's database on a server located in Russia.

    <b>Term:</b> while I take part in the programme and until the Operator's reporting for the current academic year is completed — or until I withdraw my consent, if I do so earlier.

    <b>How to withdraw:</b> at any time — with the /privacy command in the bot, button “Withdraw consent”, or by a statement to the Operator at the address above. If I withdraw in the bot, my data is deleted at once. On a statement, the Operator stops processing and destroys the data within the period set by law (no more than 30 days).

    <b>I am not the Operator's employee.</b> Mentoring in the programme is my voluntary participation; Article 351.8 of the Labour Code (an employee mentoring another employee of the same employer) does not apply to me. If the partner organisation's part needs terms, the Operator and the partner set them in a cooperation agreement.

    <b>Refusing is my right.</b> If I do not agree, the only consequence is that the bot cannot register me in the programme.

    <b>Form of consent.</b> This is an electronic consent: by pressing “✅ I agree” I confirm that I have read this text and agree with it. The bot stores the date, time, version and checksum of this text. If the Operator needs a signed paper consent, the coordinator will print this same text with my details.

consent-pd_external-v4 =
    <b>Who gives consent.</b> I am the MAX user who presses the “I agree” button in this chat. I am identified by my MAX account and by the full name I enter in the bot. I give consent to the processing of my personal data freely, of my own will and in my own interest.

    <b>Operator</b> (to whom I give consent): { $org }, address: { $address }.

    <b>Purpose:</b> organising and running the Operator's mentoring programme — including me in the bank of mentors as a mentor from a partner organisation, forming mentoring pairs, the meetings log, monitoring questionnaires, reminders, and the Operator's reporting on the programme, including personalised records of participants.

    <b>Which data:</b> surname, first name, patronymic; the organisation I work for and my position; my profession or field and years in it; phone number (if I share it); MAX user ID and language; questionnaire answers; information about my mentoring pairs and meetings.

    <b>Who gets access:</b> the Operator's responsible staff (programme coordinators); the members of my mentoring pair (group), and the parents of mentees who are minors: my full name, organisation and position, once the pair is confirmed; the person who hosts and maintains the bot and its database on their server on the Operator's behalf (Art. 6 Part 3 of Law 152-FZ): they have technical access to all data, including exporting it, and must keep it confidential; { $processor ->
        [none] the Operator gives their name and address on request
       *[other] this is { $processor }
    }.

    <b>MAX.</b> Every message between me and the bot (including my full name, questionnaire answers, information about the pair and meetings) passes through the MAX messenger. MAX processes these messages under its own rules; { $org } cannot influence that. If I do not want this, I can refuse consent and take part in the programme without the bot, through the coordinator.

    <b>What may be done with the data:</b> collection, recording, systematisation, accumulation, storage, clarification (updating, changing), use, transfer (giving access) to the persons named above, depersonalisation, blocking, deletion, destruction.

    <b>How it is processed:</b> automatically, in the bot's database on a server located in Russia.

    <b>Term:</b> while I take part in the programme and until the Operator's reporting for the current academic year is completed — or until I withdraw my consent, if I do so earlier.

    <b>How to withdraw:</b> at any time — with the /privacy command in the bot, button “Withdraw consent”, or by a statement to the Operator at the address above. If I withdraw in the bot, my data is deleted at once. On a statement, the Operator stops processing and destroys the data within the period set by law (no more than 30 days).

    <b>I am not the Operator's employee.</b> Mentoring in the programme is my voluntary participation; Article 351.8 of the Labour Code (an employee mentoring another employee of the same employer) does not apply to me. If the partner organisation's part needs terms, the Operator and the partner set them in a cooperation agreement.

    <b>Refusing is my right.</b> If I do not agree, the only consequence is that the bot cannot register me in the programme.

    <b>Form of consent.</b> This is an electronic consent: by pressing “✅ I agree” I confirm that I have read this text and agree with it. The bot stores the date, time, version and checksum of this text. If the Operator needs a signed paper consent, the coordinator will print this same text with my details.

consent-student-v5 =
    <b>Hi!</b> You have been invited to a mentoring programme { $role ->
        [mentor] as a mentor: you will help a pupil younger than you.
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

    <i>If something is unclear, ask your class teacher or the programme coordinator.</i>

consent-student-v6 =
    <b>Hi!</b> You have been invited to a mentoring programme { $role ->
        [mentor] as a mentor: you will help a pupil younger than you.
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

    <i>If something is unclear, ask your class teacher or the programme coordinator.</i>

consent-parent-v5 =
    <b>Who gives consent.</b> I, <b>{ $parent }</b>, { consent-relation } of the child, am the Telegram user who presses the “I agree” button in this chat. I confirm that I am a parent or other legal representative of this child. My full name, relation to the child and Telegram account are kept in the consent record; the coordinator sees them.

    <b>Child:</b> { $child } (as the child entered it in the bot).

    I give consent to the processing of the child's personal data freely, of my own will and in the child's interest.

    <b>Operator:</b> { $org }, address: { $address }.

    <b>Purpose:</b> the child's participation in the Operator's mentoring programme — inclusion in the bank of { $role ->
        [mentor] mentors (the child helps younger learners as a mentor)
       *[mentee] mentees
    }, forming the mentoring pair, the meetings log, monitoring questionnaires, reminders, and the Operator's reporting on the programme, including personalised records of participants.

    <b>Which data of the child:</b> surname, first name, patronymic; class (grade); Telegram user ID and language; questionnaire answers; information about the mentoring pair and meetings; <b>information about the need for psychological support</b> (the coordinator's flag) — only the Operator's programme coordinators see it.

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

    <b>Which data of the child:</b> surname, first name, patronymic; class (grade); MAX user ID and language; questionnaire answers; information about the mentoring pair and meetings; <b>information about the need for psychological support</b> (the coordinator's flag) — only the Operator's programme coordinators see it.

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

consent-mentoring-v5 =
    { $by ->
        [parent] I, <b>{ $parent }</b>, the legal representative of the child <b>{ $child }</b>, confirm that my child will be a mentor in the mentoring programme of { $org } (address: { $address }). This is a learner's voluntary part in the programme, not a duty of employment.
       *[self] { $labour ->
        [yes] I, <b>{ $mentor }</b>, an employee of { $org } (address: { $address }), agree to mentor another employee of this employer — Article 351.8 of the Labour Code of the Russian Federation.
       *[no] I, <b>{ $mentor }</b>, agree to be a mentor in the mentoring programme of { $org } (address: { $address }). I am not an employee whose employment contract obliges them to mentor: this is voluntary participation in the programme.
        }
    }

    <b>Mentee(s):</b> { $mentees }
    <b>Form of mentoring:</b> { mentorship-form }
    <b>Term:</b> from { $starts } to { $ends }

    { $by ->
        [parent] The child and the mentee will draw up a personalised programme, hold meetings and log them in the bot; the programme coordinator supports the pair. If the mentoring does not work, the child can ask to end it early (a button in /mypair); I can withdraw consent with /privacy.
       *[self] I am ready to draw up a personalised mentoring programme with the mentee, hold meetings and log them in the bot.
    }

    { $by ->
        [parent] { "" }
       *[self] { $labour ->
        [yes] This is an electronic confirmation in the bot. Article 351.8 requires the employee's written consent: it is made on paper with a signature (the coordinator can print this text), and the content, term and form of mentoring and the extra pay for it are set by the employment contract or an addendum to it. I or the employer may end mentoring early by giving the other side at least 3 working days' notice (the “End early” button in /mypair); working days exclude weekends and public holidays.
       *[no] If the mentoring does not work, I can ask to end it early (the “End early” button in /mypair): under the programme's rules the pair ends after 3 working days, and the coordinator and the mentees are told.
        }
    }

    By pressing “✅ I agree” I confirm my consent in electronic form. The bot keeps the date, time, version and checksum of this text.

consent-mentee_pair-v5 =
    { $by ->
        [parent] I, <b>{ $parent }</b>, the legal representative of the child <b>{ $child }</b>, confirm that my child takes part in the mentoring programme of { $org } (address: { $address }) in this mentoring pair (group):
       *[self] I agree to take part in the mentoring programme of { $org } (address: { $address }) in this mentoring pair (group):
    }

    <b>Mentor:</b> { $mentor }
    <b>Mentee(s):</b> { $mentees }
    <b>Form of mentoring:</b> { mentorship-form }
    <b>Term:</b> from { $starts } to { $ends }

    { $by ->
        [parent] The mentor will see the child's full name and be able to message the child in Telegram. If the pair does not work, the child can tell only the coordinator (a button in /mypair) or ask to end mentoring early; I can withdraw consent with /privacy.
       *[self] I am ready to draw up a personalised programme with the mentor and follow it. If the pair does not work, I can tell only the coordinator (a button in /mypair) or ask to end mentoring early.
    }

    By pressing “✅ I agree” I confirm my consent in electronic form. The bot keeps the date, time, version and checksum of this text.

consent-mentee_pair-v6 =
    { $by ->
        [parent] I, <b>{ $parent }</b>, the legal representative of the child <b>{ $child }</b>, confirm that my child takes part in the mentoring programme of { $org } (address: { $address }) in this mentoring pair (group):
       *[self] I agree to take part in the mentoring programme of { $org } (address: { $address }) in this mentoring pair (group):
    }

    <b>Mentor:</b> { $mentor }
    <b>Mentee(s):</b> { $mentees }
    <b>Form of mentoring:</b> { mentorship-form }
    <b>Term:</b> from { $starts } to { $ends }

    { $by ->
        [parent] The mentor will see the child's full name. If the pair does not work, the child can tell only the coordinator (a button in /mypair) or ask to end mentoring early; I can withdraw consent with /privacy.
       *[self] I am ready to draw up a personalised programme with the mentor and follow it. If the pair does not work, I can tell only the coordinator (a button in /mypair) or ask to end mentoring early.
    }

    By pressing “✅ I agree” I confirm my consent in electronic form. The bot keeps the date, time, version and checksum of this text.
