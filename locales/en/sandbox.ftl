## The sandbox's web chat (python -m bot sandbox): the page, not the bot's messages.

sandbox-title = Mentorship bot sandbox
sandbox-banner = Sandbox: nothing goes to Telegram
sandbox-bot-address = Local Bot API: { $address }
sandbox-other-language = Русский
sandbox-people = People
sandbox-admin-name = Administrator (you)
sandbox-new-person = New person
sandbox-name-placeholder = Full name
sandbox-role = Role
sandbox-role-admin = super-admin
sandbox-role-coordinator = coordinator
sandbox-role-mentor-candidate = mentor candidate
sandbox-role-mentee-teacher = mentee (teacher)
sandbox-role-mentee-student = mentee (student)
sandbox-role-staff = staff (roadmap stages)
sandbox-role-none = no invite
sandbox-role-link = by a link from the chat
sandbox-link-note = The person will open the invite link from the chat.
sandbox-create-person = Create and open the chat
sandbox-roles-hint = With a role, the person gets an invite to the newest organisation and opens it at once.
sandbox-demo = Demo
sandbox-demo-button = Create a demo organisation
sandbox-demo-hint = A school with a coordinator, mentors, mentees, a staff member, a working pair and a roadmap.
sandbox-notice-no-org = Create an organisation first: the administrator sends /neworg (or press “Create a demo organisation”).
sandbox-notice-demo-ready = The demo organisation is ready: you are in its coordinator's chat.
sandbox-notice-demo-failed = The demo organisation could not be made; the log says why.
sandbox-chat-as = Chat with the bot as: { $name }
sandbox-empty-chat = No messages yet. Send /start.
sandbox-type = Message
sandbox-send = Send
sandbox-share-contact = Share contact
sandbox-upload = File
sandbox-open-link = Open this link as a new person
sandbox-edited = edited
sandbox-messages = { $count ->
    [one] { $count } message
   *[other] { $count } messages
}
