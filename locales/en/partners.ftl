## Partner organisations that provide mentors (for the coordinator).

partner-kind = { $kind ->
    [employer] employer / company
    [university] university
    [college] college / technical school
    [culture] cultural or sports organisation
    [ngo] NGO
   *[other] other
}
partner-btn-kind = { $kind ->
    [employer] Employer / company
    [university] University
    [college] College / technical school
    [culture] Cultural or sports organisation
    [ngo] NGO
   *[other] Other
}
partner-mentors = { $mentors ->
    [0] no mentors yet
    [one] { $mentors } mentor
   *[other] { $mentors } mentors
}

partner-list-title = <b>Partner organisations</b> ({ $count }) — where mentors come from. A partner's card: the button with its number.
partner-list-item = { $number }. <b>{ $name }</b> — { partner-kind }; { partner-mentors }
partner-list-empty =
    No partner organisations yet.

    A partner is an organisation mentors come from: a company, a university, a college, a cultural or sports organisation, an NGO. Add the first one with the button below, then create a link for its specialists in /invite.
partner-btn-add = ➕ Add

partner-ask-name =
    What is the partner organisation called? Type its name, e.g. Tver Carriage Works or Tver State University.

    Cancel — /cancel
partner-error-name = Please type the organisation's name as text — 2 to 200 characters.
partner-ask-kind = <b>{ $name }</b> — what kind of organisation is it?
partner-use-buttons = Please choose the kind of organisation with a button under the question.
partner-ask-contact =
    Who is the contact person at the partner? Type their name, position and how to reach them, e.g. Petr Ivanov, HR manager, +7 900 000-00-00.

    No contact yet? Press “Skip”.
partner-btn-skip = Skip
partner-error-contact = Please type the contact as text — 2 to 300 characters — or press “Skip”.
partner-added =
    ✅ <b>{ $name }</b> ({ partner-kind }) is on the list of partners.

    Create a link for mentors from this organisation in /invite. All partners — /partners
partner-already-listed = <b>{ $name }</b> is already on the list of partners — it was not added twice. All partners — /partners

partner-card =
    <b>{ $name }</b>
    Kind: { partner-kind }
    Contact person: { $contact }
    Active mentors from the partner: { $mentors }
partner-no-contact = not given
partner-btn-remove = 🗑 Remove from the list
partner-btn-back = ‹ Back to the list
partner-remove-ask =
    Remove <b>{ $name }</b> from the list of partners?

    The organisation's contact will be erased. Mentors who came from it and the invite links already made keep their link to it, but no new link can be made for it.
partner-btn-remove-yes = Yes, remove
partner-btn-remove-no = No, keep it
partner-removed = Removed from the list
partner-already-removed = Already removed from the list
partner-removed-note = 🗑 <b>{ $name }</b> was removed from the list of partners.
