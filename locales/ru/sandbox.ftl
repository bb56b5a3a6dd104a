## The sandbox's web chat (python -m bot sandbox): the page, not the bot's messages.

sandbox-title = Песочница бота наставничества
sandbox-banner = Песочница: ничего не уходит в Telegram
sandbox-bot-address = Локальный Bot API: { $address }
sandbox-other-language = English
sandbox-people = Люди
sandbox-admin-name = Администратор (вы)
sandbox-new-person = Новый человек
sandbox-name-placeholder = ФИО
sandbox-role = Роль
sandbox-role-admin = суперадминистратор
sandbox-role-coordinator = куратор
sandbox-role-mentor-candidate = кандидат в наставники
sandbox-role-mentee-teacher = наставляемый педагог
sandbox-role-mentee-student = наставляемый обучающийся
sandbox-role-staff = ответственный за этап
sandbox-role-none = без приглашения
sandbox-role-link = по ссылке из чата
sandbox-link-note = Человек откроет ссылку-приглашение из чата.
sandbox-create-person = Создать и открыть чат
sandbox-roles-hint = С ролью человек получает приглашение в последнюю созданную организацию и сразу открывает его.
sandbox-demo = Демо
sandbox-demo-button = Создать демо-организацию
sandbox-demo-hint = Школа с куратором, наставниками, наставляемыми, ответственным, рабочей парой и дорожной картой.
sandbox-notice-no-org = Сначала создайте организацию: администратор отправляет /neworg (или нажмите «Создать демо-организацию»).
sandbox-notice-demo-ready = Демо-организация создана: вы в чате её куратора.
sandbox-notice-demo-failed = Демо-организацию создать не удалось, подробности — в журнале.
sandbox-chat-as = Чат с ботом от имени: { $name }
sandbox-empty-chat = Сообщений пока нет. Напишите /start.
sandbox-type = Сообщение
sandbox-send = Отправить
sandbox-share-contact = Поделиться контактом
sandbox-upload = Файл
sandbox-open-link = Открыть эту ссылку как новый человек
sandbox-edited = изменено
sandbox-messages = { $count ->
    [one] { $count } сообщение
    [few] { $count } сообщения
   *[other] { $count } сообщений
}
