## Invite links (for the coordinator).

invite-role = { $role ->
    [coordinator] Coordinator
    [mentor_candidate] Mentor candidate
    [mentor_student] Student mentor (a pupil or college student)
    [mentor_external] Mentor from a partner organisation
    [mentee_teacher] Mentee (teacher)
    [mentee_student] Mentee (student)
    [staff] Responsible for roadmap activities
   *[other] { $role }
}
invite-ask-role = Who are you inviting? Each role has its own link.
invite-ask-partner = Role: { invite-role }. Which partner organisation do the mentors come from?
invite-btn-own = Our own learners (no partner)
invite-no-partners = First add the partner organisation the mentors come from: /partners. Then make the link again.
invite-ask-days = Role: { invite-role }. How many days should the link be valid?
invite-ask-uses = Role: { invite-role }, valid: { invite-days }. How many people may register with it?
invite-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
invite-uses = { $uses ->
    [1] 1 person
   *[other] up to { $uses } people
}
invite-created =
    <b>The link is ready</b>
    Role: { invite-role }
    Valid until: { $expires }
    Who can register: { invite-uses }

    { $link }

    Send it to the participants (in a chat, by e-mail or as a QR code). To revoke — /invites
invite-already-created =
    <b>This link has already been made</b> — a second tap does not make another.
    Role: { invite-role }
    Valid until: { $expires }
    Who can register: { invite-uses }

    { $link }
invite-list-title = <b>Active invites</b>
invite-list-item =
    { $number }. { invite-role } — used { $uses } of { $max }, until { $expires }
    { $link }
invite-list-empty = No active invites. Create one — /invite
invite-btn-revoke = ✖ Revoke { $number }
invite-revoked = Link revoked

invite-error-unknown = There is no such invite link. Check that the whole link was copied, or ask the coordinator for a new one.
invite-error-expired = This link has expired. Ask the coordinator for a new one.
invite-error-used-up = Everyone this link was made for has already registered with it. Ask the coordinator for a new one.
invite-error-revoked = The coordinator revoked this link. Ask them for a new one.
invite-error-other-org = You are already registered in another organisation. One { app-name } account can take part in one organisation's programme.
invite-error-role-mismatch = This link is for a different kind of participant (students and adults have different links). Ask the coordinator for the right one.

# a deep link in each messenger the deployment runs (handlers/_util.py start_links)
invite-link-in-app = { $app ->
    [max] MAX
   *[telegram] Telegram
}: { $link }
