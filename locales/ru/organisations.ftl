## Организации (для администратора бота).

org-ask-name = Название организации полностью, как в уставе. Например: <i>МБОУ «Средняя общеобразовательная школа № 5»</i>
org-ask-kind = Тип организации:
org-ask-timezone = Часовой пояс организации (в нём бот будет напоминать о сроках):
org-ask-timezone-custom = Напишите часовой пояс в формате IANA, например: <i>Europe/Volgograd</i> или <i>Asia/Chita</i>.
org-ask-address = Юридический адрес организации — он указывается в согласии на обработку персональных данных как адрес оператора. Например: <i>170100, г. Тверь, ул. Школьная, д. 1</i>
org-btn-create = ✅ Создать
org-btn-invite-coordinator = Ссылка для куратора: { $org }
org-btn-open = ✏️ Изменить: { $org }
org-tz-other = Другой…
org-kind = { $kind ->
    [school] Школа
    [kindergarten] Детский сад
    [additional] Дополнительное образование
   *[college] Колледж / техникум
}
org-confirm =
    <b>Проверьте:</b>
    Название: { $name }
    Тип: { $kind }
    Часовой пояс: { $timezone }
    Адрес: { $address }
org-created = Организация создана: { $name }. Теперь назначьте куратора — создайте для него ссылку:
org-coordinator-link =
    Ссылка для куратора — { $org } (одноразовая, действует до { $expires }):
    { $link }

    Перешлите её куратору — он откроет её в { app-name }.
org-list-title = <b>Организации:</b>
org-list-item = № { $id }. { $name } — { $kind }, { $timezone }
org-list-empty = Организаций пока нет. Создайте первую: /neworg
org-error-name = Название должно быть от 3 до 200 символов.
org-error-timezone = Такого часового пояса нет. Пример: <i>Europe/Moscow</i>.
org-error-address = Адрес должен быть от 5 до 300 символов.

tz-name = { $zone ->
    [Europe-Kaliningrad] Калининград (МСК−1)
    [Europe-Moscow] Москва (МСК)
    [Europe-Samara] Самара (МСК+1)
    [Asia-Yekaterinburg] Екатеринбург (МСК+2)
    [Asia-Omsk] Омск (МСК+3)
    [Asia-Novosibirsk] Новосибирск (МСК+4)
    [Asia-Krasnoyarsk] Красноярск (МСК+4)
    [Asia-Irkutsk] Иркутск (МСК+5)
    [Asia-Yakutsk] Якутск (МСК+6)
    [Asia-Vladivostok] Владивосток (МСК+7)
    [Asia-Magadan] Магадан (МСК+8)
    [Asia-Kamchatka] Камчатка (МСК+9)
   *[other] { $raw }
}

## Изменение организации: на итоговом экране /neworg и командой /org у куратора.
org-btn-edit = ✏️ { $field ->
    [name] Название
    [kind] Тип
    [timezone] Часовой пояс
   *[address] Адрес
}
org-card =
    <b>{ $name }</b>
    Тип: { $kind }
    Часовой пояс: { $timezone }
    Юридический адрес: { $address }
org-edit-hint = Изменить — кнопками ниже. Адрес указывается в согласиях на обработку данных, которые увидят новые участники.
org-ask-kind-new = Сейчас тип организации — «{ $kind }». Новый тип:
org-updated = Сохранено.
org-kind-blocked = Тип «{ $kind }» выбрать нельзя: в таком типе организации нет ролей и форм наставничества, в которых уже участвуют люди.
org-kind-blocked-role = • { role-name }: { $count ->
    [one] { $count } человек
    [few] { $count } человека
   *[other] { $count } человек
}
org-kind-blocked-form = • пары «{ $form }»: { $count }
org-kind-blocked-invite = • действующие ссылки-приглашения «{ role-name }»: { $count } — отзовите их в /invites
org-error-kind-strands = Этот тип организации оставил бы участников без их роли или пары. Откройте /org и выберите тип снова — бот скажет, кто мешает.
