# /link: a person's accounts in the messengers (handlers/accounts.py)
# the messengers by name (what $app holds in the texts below)
account-app-telegram = Telegram
account-app-max = MAX

account-screen =
    <b>Your accounts in the messengers</b>
    { $accounts }

    To use the bot from another messenger too, open this bot there and send it:
    <code>/link { $code }</code>
    The code works for { $minutes } { $minutes ->
        [one] minute
       *[other] minutes
    }, once. Notices go where you last wrote to the bot from.
account-line = • { $app }, id { $value }
account-line-here = • { $app }, id { $value } — you are writing from here
account-how = To link this account to your record, send <code>/link</code> and the code the bot shows you in your other messenger when you send /link there.
account-one-messenger = The bot is connected to one messenger only, so there is no second account to link. Just keep writing here.
account-linked = Done: the { $app } account is linked to the record “{ $name }”. Notices now come here.
account-already-linked = This account is linked to your record already.
account-unlink-ask = Unlink the { $app } account? The bot will no longer know you there; a new code links it again.
account-unlinked = The { $app } account is unlinked.
account-btn-open = Open in { $app }
account-btn-new-code = New code
account-btn-unlink = Unlink { $app }
account-btn-unlink-confirm = Yes, unlink { $app }
account-error-not-registered = You can link another messenger once you have registered.
account-error-locked = Too many wrong codes in a row. Wait 15 minutes and ask for a new code with /link in your other messenger.
account-error-wrong-code = That code did not work: it is wrong, expired or used already. Tries left: { $left }. Get a new one with /link in your other messenger.
account-error-taken = This account belongs to another participant of the programme and cannot be linked. If that is a mistake, write to the coordinator.
account-error-same-channel = Your record has a { $app ->
        [max] MAX
       *[telegram] Telegram
    } account already. Unlink it first (/link), then link this one.
account-error-unlink-own = The account you are writing from cannot be unlinked here: send /link in your other messenger.
