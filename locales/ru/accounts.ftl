# /link: a person's accounts in the messengers (handlers/accounts.py)
# the messengers by name (what $app holds in the texts below)
account-app-telegram = Telegram
account-app-max = MAX

account-screen =
    <b>Ваши аккаунты в мессенджерах</b>
    { $accounts }

    Чтобы пользоваться ботом и из другого мессенджера, откройте там этого бота и отправьте ему:
    <code>/link { $code }</code>
    Код действует { $minutes } { $minutes ->
        [one] минуту
        [few] минуты
       *[many] минут
    } и только один раз. Уведомления приходят туда, откуда вы писали боту последний раз.
account-line = • { $app }, идентификатор { $value }
account-line-here = • { $app }, идентификатор { $value } — вы пишете отсюда
account-how = Чтобы привязать этот аккаунт к своей записи, отправьте <code>/link</code> и код, который бот покажет вам в другом мессенджере по команде /link.
account-linked = Готово: аккаунт { $app } привязан к записи «{ $name }». Уведомления теперь приходят сюда.
account-already-linked = Этот аккаунт уже привязан к вашей записи.
account-unlink-ask = Отвязать аккаунт { $app }? Там бот перестанет вас узнавать; привязать снова можно новым кодом.
account-unlinked = Аккаунт { $app } отвязан.
account-btn-open = Открыть в { $app }
account-btn-new-code = Новый код
account-btn-unlink = Отвязать { $app }
account-btn-unlink-confirm = Да, отвязать { $app }
account-error-not-registered = Привязать другой мессенджер можно после регистрации.
account-error-locked = Слишком много неверных кодов подряд. Подождите 15 минут и попросите новый код командой /link в другом мессенджере.
account-error-wrong-code = Код не подошёл: он неверный, устарел или уже использован. Осталось попыток: { $left }. Новый код — командой /link в другом мессенджере.
account-error-taken = Этот аккаунт уже принадлежит другому участнику программы, привязать его нельзя. Если это ошибка, напишите координатору.
account-error-same-channel = К вашей записи уже привязан аккаунт { $app ->
        [max] MAX
       *[telegram] Telegram
    }. Сначала отвяжите его (/link), затем привяжите этот.
account-error-unlink-own = Аккаунт, из которого вы пишете, отсюда отвязать нельзя: откройте /link в другом мессенджере.
