## Organisations (for the bot administrator).

org-ask-name = The organisation's full name, as in its charter. For example: <i>Secondary School No. 5</i>
org-ask-kind = Type of organisation:
org-ask-timezone = The organisation's time zone (deadline reminders follow it):
org-ask-timezone-custom = Type the time zone in IANA form, e.g. <i>Europe/Volgograd</i> or <i>Asia/Chita</i>.
org-ask-address = The organisation's legal address — the personal data consent names it as the operator's address. For example: <i>170100, Tver, Shkolnaya St. 1</i>
org-btn-create = ✅ Create
org-btn-invite-coordinator = Coordinator link: { $org }
org-btn-open = ✏️ Change: { $org }
org-tz-other = Other…
org-kind = { $kind ->
    [school] School
    [kindergarten] Kindergarten
    [additional] Additional education
   *[college] College
}
org-confirm =
    <b>Please check:</b>
    Name: { $name }
    Type: { $kind }
    Time zone: { $timezone }
    Address: { $address }
org-created = Organisation created: { $name }. Now appoint a coordinator — create a link for them:
org-coordinator-link =
    Link for the coordinator — { $org } (single use, valid until { $expires }):
    { $link }

    Forward it to the coordinator — they open it in { app-name }.
org-list-title = <b>Organisations:</b>
org-list-item = No. { $id }. { $name } — { $kind }, { $timezone }
org-list-empty = No organisations yet. Create the first one: /neworg
org-error-name = The name must be 3 to 200 characters long.
org-error-timezone = There is no such time zone. Example: <i>Europe/Moscow</i>.
org-error-address = The address must be 5 to 300 characters long.

tz-name = { $zone ->
    [Europe-Kaliningrad] Kaliningrad (MSK−1)
    [Europe-Moscow] Moscow (MSK)
    [Europe-Samara] Samara (MSK+1)
    [Asia-Yekaterinburg] Yekaterinburg (MSK+2)
    [Asia-Omsk] Omsk (MSK+3)
    [Asia-Novosibirsk] Novosibirsk (MSK+4)
    [Asia-Krasnoyarsk] Krasnoyarsk (MSK+4)
    [Asia-Irkutsk] Irkutsk (MSK+5)
    [Asia-Yakutsk] Yakutsk (MSK+6)
    [Asia-Vladivostok] Vladivostok (MSK+7)
    [Asia-Magadan] Magadan (MSK+8)
    [Asia-Kamchatka] Kamchatka (MSK+9)
   *[other] { $raw }
}

## Changing an organisation: on the summary of /neworg, and with /org for its coordinator.
org-btn-edit = ✏️ { $field ->
    [name] Name
    [kind] Type
    [timezone] Time zone
   *[address] Address
}
org-card =
    <b>{ $name }</b>
    Type: { $kind }
    Time zone: { $timezone }
    Legal address: { $address }
org-edit-hint = Change it with the buttons below. The address appears in the data processing consents new participants see.
org-ask-kind-new = The organisation's type is now “{ $kind }”. The new type:
org-updated = Saved.
org-kind-blocked = The type “{ $kind }” cannot be chosen: that type of organisation has no roles or forms of mentorship that people already take part in.
org-kind-blocked-role = • { role-name }: { $count ->
    [one] { $count } person
   *[other] { $count } people
}
org-kind-blocked-form = • “{ $form }” pairs: { $count }
org-kind-blocked-invite = • active invite links “{ role-name }”: { $count } — revoke them in /invites
org-error-kind-strands = This type would leave participants without their role or pair. Open /org and choose the type again — the bot will say who is in the way.
