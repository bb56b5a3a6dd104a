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
privacy-field-telegram = • Telegram id: { $value }
privacy-field-language = • Language: { $value }
privacy-consents = <b>Consents in force:</b>
privacy-consent-item = • { $kind ->
    [pd] Consent to personal data processing
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
    The bot will delete the name, position, experience, phone and other data at once and remove you from the programme. The consent log keeps only record numbers and dates. This cannot be undone — to take part again you will need a new invite.
privacy-withdraw-confirm-child =
    <b>Withdraw consent for your child?</b>
    The bot will delete your child's data at once and remove them from the programme. The consent log keeps only record numbers and dates. For your child to take part again, a new invite will be needed.
privacy-withdrawn = Consent withdrawn, your data has been deleted. The coordinator has been told. To come back to the programme, ask the coordinator for a new invite.
privacy-withdrawn-child = Consent withdrawn, the child's data has been deleted. The coordinator has been told.
privacy-notify-child-withdrawn = Your parent withdrew consent, so your data has been deleted and you are no longer in the programme.
privacy-nothing-stored = Nothing about you is stored in the bot.
privacy-export = All the data the bot stores about you, as JSON.
