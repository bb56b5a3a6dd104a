## The coordinator's announcements (/announce) and the programme information (/info).

# what every recipient gets: the wrapper in their language, the coordinator's text as typed
announce-message = 📢 <b>{ $parent ->
    [yes] Announcement for parents of mentoring programme participants
   *[no] Mentoring programme announcement
}</b> — { $org }

    { $text }
announce-btn-file = 📎 Open the attached file

announce-error-not-text = Please send the announcement as text, in an ordinary message (stickers, voice and video messages will not do).
announce-error-empty = The announcement is empty. Please write some text.
announce-error-too-long = Too long: { $length } { $length ->
    [one] character
   *[other] characters
}, and at most { $limit } fit. Please shorten the text.
announce-error-nobody = There is nobody in this group the bot can write to right now. Please choose another one.
announce-error-file-expected = Send a document or a photo, or tap "No file".

announce-history-title = <b>Announcements</b> (page { $page } of { $pages })
announce-history-empty = No announcements yet. Tap "New announcement".
announce-history-item = <b>No. { $id }</b> of { $date } — { $audience }{ $file ->
    [yes] , 📎 with a file
   *[no] {""}
}
    "{ $text }"
    recipients: { $recipients }, delivered: { $delivered }{ $waiting ->
    [0] {""}
   *[other] , still being sent: { $waiting }
}{ $blocked ->
    [0] {""}
   *[other] , blocked the bot: { $blocked }
}{ $failed ->
    [0] {""}
   *[other] , not delivered: { $failed }
}{ $uncertain ->
    [0] {""}
   *[other] , unknown (the bot restarted while sending): { $uncertain }
}
announce-erased = text erased: its author withdrew consent

announce-btn-new = ➕ New announcement
announce-ask-text = { $file ->
    [yes] The file is kept. Send the new text of the announcement
   *[no] Send the text of the announcement
} (up to { $limit } { $limit ->
    [one] character
   *[other] characters
}). You can attach a file right away: a document or a photo with a caption.
announce-file-got-ask-text = File received. Now send the text of the announcement (up to { $limit } { $limit ->
    [one] character
   *[other] characters
}).
announce-ask-file = Attach a file (an order or the regulations, say)? Send a document or a photo, or tap "No file".
announce-btn-no-file = No file →
announce-ask-audience = Who should get the announcement?
announce-audience = { $audience ->
    [all] All programme participants
    [mentors] Mentors and mentor candidates
    [mentees] Mentees
    [staff] Those responsible for activities
    [parents] Parents of participants under 18
    [pair] Members of one pair or group…
    [form] Members of the pairs of one form…
   *[other] Programme participants
}
announce-audience-to = { $audience ->
    [all] all programme participants
    [mentors] mentors and mentor candidates
    [mentees] mentees
    [staff] those responsible for activities
    [parents] parents of participants under 18
   *[other] programme participants
}
announce-audience-pair = members of pair No. { $pair }
announce-audience-form = members of the pairs of the form "{ $form }"
announce-ask-pair = Members of which pair or group? Working now: { $count }.
announce-btn-pair = No. { $id }: { $names }
announce-no-pairs = There are no working pairs yet. Please choose another group.
announce-ask-form = Members of the pairs of which form of mentorship?
announce-btn-back = ← Back

announce-preview-title = This is what the recipients will see:
announce-preview-summary = To: { $audience } — { $count } { $count ->
    [one] person
   *[other] people
}.{ $file ->
    [none] {""}
   *[other] {"\u000A"}Attached file: { $file } — recipients open it with the button under the announcement.
}
    Everyone gets the announcement in their own language, with your text as you wrote it. Send it?
announce-photo = photo
announce-btn-send = 📢 Send ({ $count })
announce-btn-audience = 👥 Choose other recipients
announce-btn-edit = ✏️ Change the text
announce-queued = Announcement No. { $id } is queued: { $audience }, { $count } { $count ->
    [one] recipient
   *[other] recipients
}. The bot sends it gradually, within { app-name }'s limits. How many got it: /announce
announce-already = Announcement No. { $id } has already been sent ({ $count } { $count ->
    [one] recipient
   *[other] recipients
}): nobody gets it twice. Progress: /announce

info-title = ℹ️ <b>About the mentoring programme</b> — { $org }
info-empty = The coordinator has not added information about the programme yet. Please ask them directly.
info-empty-coordinator = There is no programme information yet. Add a short text, the coordinator's contacts and the mentoring regulations: participants open them with /info.
info-contacts = <b>Programme coordinator's contacts:</b>
    { $contact }
info-file = 📄 Mentoring regulations: { $name } (the file is below)
info-btn-set = { $field ->
    [body] ✏️ Text about the programme
    [contacts] ☎️ Coordinator's contacts
   *[file] 📄 Upload the regulations (file)
}
info-btn-clear = { $field ->
    [body] 🗑 Remove the text
    [contacts] 🗑 Remove the contacts
   *[file] 🗑 Remove the regulations file
}
info-ask = { $field ->
    [body] Send a short text about the programme: its aims, dates, how to take part (up to 1500 characters).
    [contacts] Send the programme coordinator's contacts: name, phone or email, where and when to find them (up to 500 characters).
   *[file] Send the mentoring regulations as a file (a document: PDF, DOCX).
}
info-error-text = Text is needed here, in an ordinary message (not a file or a sticker).
info-error-document = Send the regulations as a file, a document (PDF, DOCX).
info-error-guest = Programme information is for participants. To join, open the invite link from the programme coordinator.
info-saved = Saved. Participants see it with the /info command.
info-cleared = { $field ->
    [body] The text about the programme is removed.
    [contacts] The contacts are removed.
   *[file] The regulations file is removed.
}
