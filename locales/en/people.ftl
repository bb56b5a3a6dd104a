## The organisation's participants (/people): the list by role, search, a card, roles, ending participation, a new link.

people-title = <b>Participants — { $org }</b>: { $count }
people-pick = Choose a role or find someone by surname.
people-empty = Nobody is in the programme yet. Invite participants with /invite
people-btn-role = { role-name } — { $count }
people-btn-all = Everyone — { $count }
people-btn-find = 🔍 Find by surname
people-btn-back = ‹ Back
people-btn-home = ‹ To the roles
people-list-title = <b>{ $role ->
    [all] All participants
    [q] Search: “{ $query }”
   *[other] { role-name }
}</b> — { $count }
people-list-item = { $number }. { $name }{ $status ->
    [active] { "" }
    [registering] { " " }(has not finished registering)
   *[awaiting_parent] { " " }(waiting for a parent's consent)
} — { $roles }
people-list-none = Nobody.
people-no-name = (no name given yet)
people-ask-query = Type a surname or a name (the beginning will do: <i>Ivan</i>).
people-found-none = Nobody found for “{ $query }”. Try another spelling — or /people.
people-error-query = Type 2 to 60 letters of a surname or a name.
people-card-title = <b>{ $name }</b> (no. { $id })
people-card-roles = Roles: { $roles }
people-card-status = Status: { $status ->
    [active] taking part
    [registering] has not finished registering
   *[awaiting_parent] waiting for a parent's consent
}
people-card-position = Position: { $value }
people-card-subject = Subject / field: { $value }
people-card-experience = Teaching experience: { $years ->
    [one] { $years } year
   *[other] { $years } years
}
people-card-phone = Phone: { $value }
people-card-parent = Consent for the child given by: { $value }
people-card-pairs = <b>Pairs:</b>
people-card-pair = • No. { $id }, { $form }, { $status }: { $is_mentor ->
    [yes] mentor of { $others }
   *[no] mentor — { $others }
}
people-card-consents = <b>Consents:</b>
people-card-consent = • { $kind ->
    [pd] to personal data processing
    [pd_external] to personal data processing (mentor from a partner)
    [student] student's acknowledgement
    [mentoring] mentor's, to pair no. { $pair }
    [mentee_pair] mentee's, to pair no. { $pair }
   *[parent] parent's (legal guardian's)
} — { $action ->
    [given] given
    [declined] declined
   *[withdrawn] withdrawn
} { $date }, version { $version }
people-card-questionnaires = <b>Questionnaires:</b>
people-card-questionnaire = • { $title } — { $status ->
    [submitted] submitted { $date }
   *[other] being filled in
}
people-card-none = • none
people-btn-roles = 👥 Change roles
people-btn-invite = 🔗 New invite link
people-btn-end = ⛔ End participation
people-btn-card = ‹ To the card
people-btn-list = ‹ To the list
people-roles-title = Roles of <b>{ $name }</b>: { $roles }
people-roles-hint = Add or remove a role with the buttons below. The last role cannot be removed: end the participation instead.
people-roles-fixed = A pupil's role, or that of a mentor from a partner organisation, comes with the invite link and the consent given for it; it cannot be changed here. For another role, send them a link for it (/invite).
people-btn-add = ➕ { role-name }
people-btn-remove = ➖ { role-name }
people-role-added = Role “{ role-name }” added: { $name }.
people-role-removed = Role “{ role-name }” removed: { $name }.
people-end-ask =
    End the participation of <b>{ $name }</b> in the programme?

    • The consent to data processing lasts while the person takes part, so all their data in the bot is deleted at once: profile, questionnaires, meetings, tasks; the consent log keeps only numbers and dates.
    • Their pairs end (if they are the mentor) or go on without them; the other members are told.
    • They are told that their participation has ended. This cannot be undone.
people-btn-end-confirm = Yes, end the participation
people-ended = Participation ended: <b>{ $name }</b>. The data is deleted, the members of the pairs have been told. Check the paper lists and orders.
people-invite-ask = Create a new link for <b>{ $name }</b> — role “{ role-name }”, one use, valid for 7 days? Older links stay valid until they expire (revoke them with /invites).
people-btn-invite-confirm = 🔗 Create the link
people-invite-made =
    A new link for <b>{ $name }</b> (role “{ role-name }”, one use, valid until { $expires }):
    { $link }

    Forward it to them — they open it in { app-name }.
people-error-gone = This participant is not in your organisation (or their participation has already ended). The list: /people
people-error-role = This role cannot be added or removed here. Open the participant's card again: /people
people-error-last-coordinator = This is the organisation's only coordinator: appoint another one first (/invite → “Coordinator”), then remove the role or end the participation.
people-error-in-pair = The participant is in a working pair in this role. End the pair first (/pairs), then remove the role.
people-error-self = You cannot end your own participation here: your data and withdrawing consent are in /privacy.
people-notify-role-added = The programme coordinator gave you the role “{ role-name }”. What you can do now: /help
people-notify-role-removed = The programme coordinator removed your role “{ role-name }”. Your commands: /help
people-notify-ended = The coordinator has ended your participation in the mentorship programme “{ $org }”. Your data in the bot has been deleted. If this is a mistake, contact the coordinator.
people-notify-ended-learner = Your participation in the mentorship programme “{ $org }” has ended — the programme's coordinator decided so. Your data in the bot has been deleted. If this is a mistake, talk to the coordinator.
people-notify-ended-parent = The coordinator has ended your child's ({ $child }) participation in the mentorship programme “{ $org }”. The child's data in the bot has been deleted.
