## Roadmap, my tasks, reminders.

activity-status = { $status ->
    [done] done
    [in_progress] in progress
    [skipped] skipped
   *[planned] planned
}

roadmap-none = The programme's roadmap has not been uploaded yet.
roadmap-none-coordinator =
    No roadmap yet.

    Send the roadmap file for the { $year }/{ $next } school year here (.docx, .pdf, .odt, .txt or .md, up to 2 MB; a table: stage, activities, deadlines, responsible) — or take the ready-made template of the usual stages.
roadmap-upload-hint = To replace the roadmap, send a new file: activities already marked done keep that status when the title is the same. My tasks — /tasks
roadmap-tasks-hint = Your tasks — /tasks
roadmap-more = …and more, see the stages.
roadmap-source-template = standard template
roadmap-draft-title = <b>Draft roadmap for the { $year }/{ $next } school year</b> (source: { $source })
roadmap-draft-counts = Stages: { $stages }, activities: { $activities }.
roadmap-draft-links = Responsible people linked to staff: { $linked } of { $total }. Reminders for unlinked ones will come to you.
roadmap-draft-undated = Without an exact deadline: { $count } (e.g. “as needed”) — the bot does not remind of them.
roadmap-draft-past = ⚠️ { $count } { $count ->
    [one] activity has a deadline
   *[other] activities have deadlines
} in the past — check that the roadmap is for the right school year and fix the deadlines (“📅 Deadlines”).
roadmap-draft-warnings = What the bot did not understand ({ $count }) — please check:
roadmap-draft-next = Link the responsible people, check the deadlines and press “Activate”.
roadmap-btn-template = 📋 Use the standard template
roadmap-btn-labels = 👥 Responsible
roadmap-btn-dates = 📅 Deadlines
roadmap-btn-activate = ✅ Activate
roadmap-btn-discard = 🗑 Delete the draft
roadmap-btn-back = ‹ Back
roadmap-btn-all-staff = Show all staff
roadmap-btn-stage = Stage { $number }
roadmap-btn-skip = ⏭ Skip
roadmap-labels-title = <b>Responsible people from the document.</b> Choose one to say which registered staff member it is (✅ — linked, ❔ — not yet).
roadmap-label-title = <b>{ $label }</b> — activities: { $count }. Now: { $linked }.
roadmap-label-nobody = nobody (reminders go to the coordinator)
roadmap-label-options = Tap a staff member to link or unlink them.
roadmap-label-no-suggestions = Nobody matches by name. Open the list of all staff — or invite the person with a “Responsible for roadmap activities” link (/invite).
roadmap-label-close-match = ≈ — a similar but different name: make sure it is the same person before choosing.
roadmap-linked = Linked
roadmap-unlinked = Unlinked
roadmap-dates-title = <b>Deadlines.</b> Tap a number to change a deadline.
roadmap-ask-date =
    Activity: <b>{ $title }</b>
    Now: { $when }

    Type the new deadline: a date (<i>{ $example }</i>), a month (<i>March</i>) or a period (<i>October-November</i>).
roadmap-date-set = Deadline changed: { $title } — { $when }.
roadmap-activated = ✅ The roadmap is active. Reminders to the responsible people are planned.{ $overdue ->
    [0] {""}
   *[other] {" "}Already overdue: { $overdue } — the responsible people will hear at the next overdue round, not in a burst now.
}
roadmap-discarded = The draft was deleted.
roadmap-active-title = <b>Roadmap for the { $year }/{ $next } school year</b>
roadmap-active-counts = Done { $done } of { $total }, overdue: { $overdue }.
roadmap-stage-line = { $number }. { $title } — { $done }/{ $total }{ $overdue ->
    [0] { "" }
   *[other] , ⚠️ overdue { $overdue }
}
roadmap-stage-title = <b>Stage { $number }. { $title }</b>
roadmap-activity-meta = <i>   deadline: { $when }; responsible: { $who }; { $status }</i>

roadmap-activity-skipped = <i>   skipped: { $reason }</i>

roadmap-error-format = Please send a .docx, .pdf, .odt, .txt or .md file with the roadmap table.
roadmap-error-old-format = This is an old document format (.doc, .rtf). Open it in Word or LibreOffice, choose “Save as” → .docx (or PDF) and send it again.
roadmap-error-scanned = This PDF has no text — it looks like a scan or photos of pages. Please send the .docx, or a PDF saved from Word (“Save as” → PDF), not a scan.
roadmap-error-encrypted = The PDF is locked with a password. Please send it without the password — or the .docx.
roadmap-error-unreadable = Could not read the file. Save it as .docx or .txt and send it again.
roadmap-error-empty = No roadmap stages were found in the file. A table is needed: stage, activities, deadlines, responsible.
roadmap-error-size = The file is too large (over 10 MB). A roadmap is usually a few pages — please send only that.
roadmap-error-unpacked = This file holds far too much data for a roadmap: unpacked, it is much larger than a few pages. Please save only the roadmap table (no embedded files or pictures) as a new .docx and send it again.
roadmap-error-slow = Reading the file took too long, so I stopped. Please save only the roadmap table as a new .docx or .txt and send it again.
roadmap-error-date = I did not understand the deadline. Examples: <i>{ $example }</i>, <i>March</i>, <i>October-November</i>.
roadmap-error-date-past = That date has passed. Please give today's date or a later one.
roadmap-error-too-big = The file has more than 500 activities — that does not look like a roadmap. Please send only the roadmap table.
roadmap-notify-skipped = Activity skipped: “{ $title }”. Reason: { $reason }. Marked by: { $name }.
roadmap-error-reason = Please give a short reason (3 to 300 characters).
roadmap-notify-postponed = Deadline moved: “{ $title }” — from { $old } to { $new }. Moved by: { $name }.

tasks-title = <b>My roadmap tasks</b>
tasks-none = You have no open roadmap tasks.
tasks-hint = Tap a task's number to mark it done or move its deadline.
task-when = Deadline: { $when }
task-status = Status: { $status }
task-overdue = ⚠️ The deadline has passed.
task-status-saved = Marked: { $status }
task-ask-postpone = To which date should “{ $title }” move? For example: <i>{ $example }</i>. The coordinator will be told.
task-ask-skip = Why will “{ $title }” not be done? Write briefly — the coordinator will see it.
task-postponed = Deadline moved: { $title } — { $when }. The coordinator has been told.
task-skipped = Marked as skipped: { $title }.

reminder-btn-done = ✅ Done
reminder-btn-progress = ⏳ In progress
reminder-btn-postpone = 📅 Postpone
reminder-late = { $late ->
    [yes] <i>(a delayed reminder)</i>{ " " }
   *[no] { "" }
}
reminder-opens = { reminder-late }🗓 A roadmap activity starts now: <b>{ $title }</b>. Finish by { $due }.
reminder-before = { reminder-late }⏰ { $days ->
    [one] { $days } day left
   *[other] { $days } days left
}: <b>{ $title }</b> — deadline { $due }.
reminder-due = { reminder-late }⏰ Due today: <b>{ $title }</b> ({ $due }).
reminder-overdue = { reminder-late }⚠️ Overdue by { $overdue ->
    [one] { $overdue } day
   *[other] { $overdue } days
}: <b>{ $title }</b> (deadline was { $due }). Mark it done or move the deadline.
reminder-escalation = { reminder-late }⚠️ A roadmap activity is overdue: <b>{ $title }</b> — deadline was { $due }. Responsible: { $who }.
reminder-digest =
    <b>Roadmap: the week's summary</b>
    Overdue: { $overdue }. Due this week: { $week }. Done: { $done } of { $total }.
    { $list }

    More — /roadmap

roadmap-warn-stage-no-number = Stage “{ $title }” has no number — the bot numbered it { $number }.
roadmap-warn-no-stages-table = No stages in the table: numbered rows under “Наименование этапа” were expected.
roadmap-warn-no-deadline-column = The table has no “Сроки” (deadlines) column — no deadlines were read.
roadmap-warn-no-responsible-column = The table has no “Ответственные” (responsible) column — nobody was read.
roadmap-warn-stage-no-deadline = Stage { $stage } “{ $title }”: no deadline.
roadmap-warn-stage-no-responsible = Stage { $stage } “{ $title }”: no responsible staff.
roadmap-warn-outside-text = Text outside the table was skipped: “{ $text }”.
roadmap-warn-deadline-unknown = Stage { $stage } “{ $title }”: deadline not understood: “{ $text }”.
roadmap-warn-responsible-unknown = Stage { $stage } “{ $title }”: “{ $text }” is neither a known role nor a name like “Фамилия И.О.”; kept as a role.
roadmap-warn-stage-no-title = Stage { $stage } has no title.
roadmap-warn-stage-order = Stage { $stage } “{ $title }” comes after stage { $previous }{ $repeated ->
    [yes] {" "}and repeats its number
   *[no] {""}
}: numbering out of order (kept as in the document).
roadmap-warn-missing-number = No stage is numbered { $number }.
roadmap-warn-no-table = No table found: stages were read from numbered headings; the document has no deadlines or responsible staff.
roadmap-warn-no-stages = No stages found: a table with a “Наименование этапа” column or numbered stage headings is needed.

## The roadmap in chat: stages and activities, the coordinator's edits, the document's year, the bot's events.

roadmap-map-title = <b>Stages and activities</b> (page { $page } of { $pages }) — open a stage to edit it:
roadmap-map-stage = <b>Stage { $number }. { $title }</b>
roadmap-map-activity = { $number }. { $title } — <i>{ $when }</i>; { $who }
roadmap-map-empty = <i>   (no activities)</i>
roadmap-map-continued = (continued)
roadmap-who-nobody = nobody named
roadmap-draft-year = 📆 The document was written for { $kind ->
    [calendar] the year { $year }
   *[school] the { $year }/{ $next } school year
}, while the roadmap is planned for { $target }/{ $target_next }. One button below moves every deadline to { $target }/{ $target_next } (months keep their place in the school year, “yearly” stays yearly).
roadmap-btn-year = 📆 Move every deadline to { $year }/{ $next }
roadmap-btn-warnings = ⚠️ All remarks
roadmap-year-moved = Deadlines moved: { $count }.
roadmap-year-already = The deadlines are already in this school year.
roadmap-warnings-title = <b>What the bot did not understand in the document ({ $count })</b>
roadmap-warnings-none = No remarks.
roadmap-stage-hint = Press an activity's number to change its title, deadline or responsible people, move it to another stage or delete it.
roadmap-activity-stage = Stage { $number }. { $title }
roadmap-activity-who = Responsible: { $who }
roadmap-btn-rename-stage = ✏️ Stage title
roadmap-btn-add = ➕ Add an activity
roadmap-btn-merge = 🔗 Merge with another stage
roadmap-btn-to-map = ‹ To the roadmap
roadmap-btn-rename = ✏️ Title
roadmap-btn-date = 📅 Deadline
roadmap-btn-who = 👤 Responsible
roadmap-btn-move = ↪️ To another stage
roadmap-btn-reopen = ↩️ Reopen
roadmap-btn-delete = 🗑 Delete
roadmap-btn-to-activity = ‹ To the activity
roadmap-btn-to-stage = ‹ To the stage
roadmap-btn-cancel = Cancel
roadmap-btn-merge-yes = 🔗 Yes, merge
roadmap-btn-delete-yes = 🗑 Yes, delete
roadmap-ask-stage-title = Stage { $number }: <b>{ $title }</b>
    Type the stage's new title.
roadmap-ask-new-activity = Stage { $number }: <b>{ $title }</b>
    Type the new activity's title. Its deadline and responsible people can be set afterwards.
roadmap-ask-activity-title = Activity: <b>{ $title }</b>
    Type the new title.
roadmap-ask-who = Activity: <b>{ $title }</b>
    Now: { $who }
    Type the responsible people, separated by commas: names (<i>Ivanova I.I.</i>) or positions (<i>deputy head</i>). They replace the current ones.
roadmap-stage-renamed = ✅ Stage { $number } is now called “{ $title }”.
roadmap-activity-added = ✅ Activity “{ $title }” added to stage { $number }.
roadmap-activity-renamed = ✅ Title changed: “{ $title }”.
roadmap-who-set = ✅ Responsible for “{ $title }”: { $who }. To link them to staff: “👥 Responsible” in /roadmap.
roadmap-move-title = Which stage should “{ $title }” move to?
roadmap-merge-title = Which stage should stage { $number } “{ $title }” be merged with? Its activities move to the stage you choose.
roadmap-merge-ask = Merge stage { $number } “{ $title }” into stage { $target } “{ $target_title }”? The activities of stage { $number } ({ $count }) move to stage { $target }, and stage { $number } disappears.
roadmap-merged = Stages merged: it is now stage { $number }.
roadmap-moved = Moved to stage { $number }.
roadmap-delete-ask = Delete the activity “{ $title }” (stage { $number })? Its reminders are deleted too.
roadmap-deleted = Activity deleted.
roadmap-error-gone = This activity is no longer there — open /roadmap again.
roadmap-error-stage-gone = This stage is no longer there (it may have been merged into another) — open /roadmap again.
roadmap-error-title = Type the title as text (2 characters or more).
roadmap-error-responsible = Type the responsible people as text, separated by commas: names or positions.
roadmap-error-too-many = The roadmap already has 500 activities — no more can be added.
roadmap-error-one-stage = The roadmap has only one stage — there is nothing to move to or merge with.
roadmap-offer = 📌 { $event ->
    [order] Pairs have been fixed by an order
    [monitoring] A monitoring survey has been completed
    [bank] The bank of mentors is formed: every candidate has a decision
   *[report] The year-end report has been made
}. The roadmap has the activity “{ $title }” — mark it done?
roadmap-btn-offer-done = ✅ Mark done
tasks-title-all = <b>My roadmap tasks</b> (done ones included)
tasks-btn-show-done = 👁 Show done ones
tasks-btn-hide-done = Hide done ones
roadmap-ask-discard = Delete the draft roadmap for the { $year }/{ $next } school year (stages: { $stages }, activities: { $activities })? It cannot be brought back — the document would have to be uploaded again.
roadmap-btn-discard-sure = Yes, delete the draft
roadmap-btn-keep = Keep it
