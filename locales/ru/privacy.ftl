## Мои данные и согласия.

privacy-title = <b>Ваши персональные данные</b>
privacy-title-child = <b>Данные ребёнка: { $name }</b>
privacy-operator = Оператор: { $org }
privacy-stored = <b>Что хранится:</b>
privacy-field-name = • ФИО: { $value }
privacy-field-roles = • Роли: { $value }
privacy-field-position = • Должность: { $value }
privacy-field-subject = • Предмет / направление: { $value }
privacy-field-experience = • Педагогический стаж, лет: { $value }
privacy-field-phone = • Телефон: { $value }
privacy-field-parent = • Законный представитель: { $value }
privacy-field-telegram = • Идентификатор Telegram: { $value }
privacy-field-language = • Язык: { $value }
privacy-consents = <b>Действующие согласия:</b>
privacy-consent-item = • { $kind ->
    [pd] Согласие на обработку персональных данных
    [student] Ознакомление ученика
    [mentoring] Согласие наставника на наставничество (пара № { $pair })
    [mentee_pair] Согласие наставляемого на пару (пара № { $pair })
   *[parent] Согласие родителя (законного представителя)
}, версия { $version }, { $date }
privacy-consent-none = • нет действующих согласий
privacy-how-to-withdraw = Отозвать согласие можно в любой момент — кнопкой ниже. Данные будут удалены сразу.
privacy-btn-export = 📄 Выгрузить данные файлом
privacy-btn-withdraw = Отозвать согласие
privacy-btn-withdraw-confirm = Да, отозвать и удалить данные
privacy-withdraw-confirm =
    <b>Отозвать согласие?</b>
    Бот сразу удалит ваши ФИО, должность, стаж, телефон и другие данные и исключит вас из программы. В журнале согласий останутся только номера записей и даты. Вернуть это нельзя — чтобы участвовать снова, понадобится новое приглашение.
privacy-withdraw-confirm-child =
    <b>Отозвать согласие за ребёнка?</b>
    Бот сразу удалит данные ребёнка и исключит его из программы. В журнале согласий останутся только номера записей и даты. Чтобы ребёнок снова участвовал, понадобится новое приглашение.
privacy-withdrawn = Согласие отозвано, ваши данные удалены. Координатору сообщено. Чтобы вернуться в программу, попросите у координатора новое приглашение.
privacy-withdrawn-child = Согласие отозвано, данные ребёнка удалены. Координатору сообщено.
privacy-notify-child-withdrawn = Твой родитель отозвал согласие, поэтому твои данные удалены и в программе ты больше не участвуешь.
privacy-nothing-stored = О вас в боте ничего не хранится.
privacy-export = Все данные, которые бот хранит о вас, в формате JSON.
