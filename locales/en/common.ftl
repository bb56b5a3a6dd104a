## Common texts: commands, help, language, errors, roles.

cmd-start = Start and my profile
cmd-help = What the bot can do
cmd-info = About the programme: regulations, contacts
cmd-language = Language / Язык
cmd-privacy = My data and consents
cmd-link = Another messenger (MAX, Telegram)
cmd-mydata = Download my data as a file
cmd-people = Participants: roles, cards, search
cmd-org = Organisation: name, type, time zone, address
cmd-invite = Create an invite link
cmd-invites = Active invites
cmd-partners = Partner organisations
cmd-neworg = New organisation
cmd-orgs = Organisations
cmd-roadmap = The programme's roadmap
cmd-tasks = My roadmap tasks
cmd-campaigns = Surveys: launch, progress, results
cmd-announce = Announcements to participants and parents
cmd-survey = Questionnaires
cmd-mentors = Bank of mentors
cmd-mentees = Bank of mentees
cmd-pairs = Pairs and groups, the order
cmd-unmatched = Mentees without a pair
cmd-mypair = My pair and programme
cmd-meeting = Log a pair meeting
cmd-meetings = Meeting history
cmd-activity = Pairs' activity: meetings
cmd-achievements = Achievements, rewards, best practices
cmd-acts = Local acts: regulation, orders
cmd-report = Report: the programme on one screen
cmd-cancel = Cancel the current action

role-name = { $role ->
    [coordinator] coordinator
    [mentor_candidate] mentor candidate
    [mentor_student] student mentor
    [mentor_external] mentor from a partner organisation
    [mentee_teacher] mentee (teacher)
    [mentee_student] mentee (student)
    [staff] responsible for roadmap activities
   *[other] participant
}

start-guest =
    Hello! This is the mentorship programme bot of your school, kindergarten or college.

    To join, open the invite link the programme coordinator sent you (usually a deputy head). No link? Ask the coordinator for one.
start-admin =
    Hello! You are a bot administrator.

    /neworg — create an organisation (school, kindergarten, college)
    /orgs — organisations and links for their coordinators

help-intro = <b>Mentorship programme bot</b>
help-parent =
    You gave consent as the parent (legal representative) of: <b>{ $children }</b>.
    The bot sends you the mentoring pair proposed for the child — you confirm it.

    /privacy — the child's data, export, withdrawing consent
    /info — about the programme: regulations, the coordinator's contacts
help-guest =
    You are not registered yet. Open the invite link from your programme coordinator.

    /language — change the language
    /privacy — what data about you is stored
help-registering =
    You have not finished registering yet. To continue — /start

    /privacy — your data and consent
    /language — change the language
help-awaiting-parent =
    We are waiting for your parent's consent. The link for them — /start

    /privacy — your data
    /language — change the language
help-participant =
    /start — your profile; correct your details there with the buttons
    /info — about the programme: regulations, the coordinator's contacts
    /privacy — your data and consents, withdrawing consent
    /mydata — download all your data as a file
    /language — change the language
# the /link line of help-participant, only where the deployment runs both messengers
help-link = /link — use the bot from another messenger too (MAX, Telegram)
help-role = { $role ->
    [coordinator] <b>You are a coordinator.</b> You invite participants and staff:
        /people — participants by role: search, a card, roles, ending participation, a new link
        /org — the organisation: name, type, time zone, legal address
        /invite — create an invite link for a role (validity and number of uses)
        /invites — active invites; revoke them there
        /partners — partner organisations that provide mentors
        /roadmap — the roadmap: upload a file or the template, link responsible staff, follow deadlines
        /campaigns — surveys and monitoring: send a questionnaire, read the results
        /announce — announcements to participants, parents, one pair; /info — programme information for everyone
        /mentors, /mentees — the banks of mentors and mentees: selection, finding a mentor
        /pairs — mentoring pairs and groups, the order fixing them (.docx)
        /unmatched — mentees left without a pair
        /activity — pairs' meetings: this month, who does not meet, disputed logs
        /report — the programme at a glance: mentors, pairs, meetings, surveys, roadmap
        /achievements — participants' achievements, rewards for mentors, best practices
        /acts — numbers and dates of the regulation and the orders (for the year-end report and the order on pairs)
    [mentor_candidate] <b>You are a mentor candidate.</b> Fill in the mentor questionnaire — /survey: the coordinator matches pairs by it. Your pairs and programme — /mypair, log a meeting — /meeting (or in one line: “/meeting yesterday 45 min Lesson analysis”), meeting history — /meetings. Achievements and best practices — /achievements.
    [mentor_student] <b>You are in the bank of mentors.</b> Fill in the mentor questionnaire — /survey: the coordinator will match you with a younger pupil by it. Your pair and programme — /mypair, log a meeting — /meeting, meeting history — /meetings. Achievements and best practices — /achievements.
    [mentor_external] <b>You are a mentor from a partner organisation.</b> Fill in the questionnaire — /survey: tell us about your profession and what you can offer learners; the coordinator matches pairs by it. Your pairs and programme — /mypair, log a meeting — /meeting, meeting history — /meetings. Achievements and best practices — /achievements.
    [mentee_teacher] <b>You are a mentee teacher.</b> Tell us about your professional needs — /survey: a mentor is chosen by them. Your mentor and programme — /mypair, meetings — /meeting and /meetings. Achievements and best practices — /achievements.
    [mentee_student] <b>You are a mentee.</b> Tell us what you need help with — /survey. Your mentor and programme — /mypair, meetings — /meeting and /meetings. Achievements and best practices — /achievements.
    [staff] <b>You are responsible for roadmap activities.</b> The bot reminds you before a deadline, on the day and when it is overdue.
        /tasks — your tasks: mark them done or move a deadline
        /roadmap — the whole roadmap
   *[other] { "" }
}
help-admin =
    <b>Administrator:</b>
    /neworg — create an organisation
    /orgs — organisations and links to appoint coordinators
help-cancel = /cancel — stop filling in a form

language-choose = Choose your language / Выберите язык:
language-set = Done, I will speak English now.

cancelled = Cancelled.
cancel-nothing = There is nothing to cancel.
cancel-registration = You can continue registering at any time — /start. If you no longer want to take part, withdraw your consent: /privacy
btn-cancel = Cancel

fallback-unknown-command = There is no such command. See /help for the list.
fallback-registered = I did not understand that. See /help for what I can do.

error-generic = That did not work. Please try again.
error-internal = Something went wrong on our side. Please try again a bit later — your data is safe.
error-access-denied = This action is not available to you.
error-not-found = Record not found — it may have been deleted.
error-invalid-input = I could not read that answer. Please try again.
error-conflict = That is already done.
error-stale = This is out of date — probably an old button or a step already done. Start again: /start
error-text-expected = Please answer with text.
error-text-too-long = Too long: at most { $limit } { $limit ->
    [one] character
   *[other] characters
}.

## the messenger the person reads the text in (variable $channel: telegram | max)
app-name = { $channel ->
    [max] MAX
    [any] Telegram or MAX
   *[other] Telegram
}
