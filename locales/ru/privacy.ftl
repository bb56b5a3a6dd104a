## Мои данные и согласия.

privacy-title = { $you ->
    [ty] <b>Твои персональные данные</b>
   *[vy] <b>Ваши персональные данные</b>
}
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
privacy-field-account = • Идентификатор { $app ->
    [max] MAX
   *[telegram] Telegram
}: { $value }
privacy-field-language = • Язык: { $value }
privacy-consents = <b>Действующие согласия:</b>
privacy-consent-item = • { $kind ->
    [pd] Согласие на обработку персональных данных
    [pd_external] Согласие наставника от организации-партнёра на обработку персональных данных
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
    { $you ->
        [ty] Бот сразу удалит твои ФИО, ответы на анкеты и всё, что есть от тебя в боте (темы и заметки встреч, черновики), и исключит тебя из программы. Ответы на анонимные опросы останутся без всякой связи с тобой. В журнале согласий останутся только номера записей и даты. Вернуть это нельзя — чтобы участвовать снова, понадобится новое приглашение.
       *[vy] Бот сразу удалит ваши ФИО, должность, стаж, телефон, ответы на анкеты и всё, что вы писали в боте (темы и заметки встреч, черновики), и исключит вас из программы. Ответы на анонимные опросы останутся без всякой связи с вами. В журнале согласий останутся только номера записей и даты. Вернуть это нельзя — чтобы участвовать снова, понадобится новое приглашение.
    }
privacy-withdraw-confirm-child =
    <b>Отозвать согласие за ребёнка?</b>
    Бот сразу удалит данные ребёнка и исключит его из программы. В журнале согласий останутся только номера записей и даты. Чтобы ребёнок снова участвовал, понадобится новое приглашение.
privacy-withdrawn = { $you ->
    [ty] Согласие отозвано, твои данные удалены. Куратору сообщено. Чтобы вернуться в программу, попроси у куратора новое приглашение.
   *[vy] Согласие отозвано, ваши данные удалены. Куратору сообщено. Чтобы вернуться в программу, попросите у куратора новое приглашение.
}
privacy-withdrawn-child = Согласие отозвано, данные ребёнка удалены. Куратору сообщено.
privacy-notify-child-withdrawn = Твой родитель отозвал согласие, поэтому твои данные удалены и в программе ты больше не участвуешь.
privacy-nothing-stored = { $you ->
    [ty] О тебе в боте ничего не хранится.
   *[vy] О вас в боте ничего не хранится.
}
privacy-export = То же самое в машиночитаемом виде (JSON) — например, для переноса в другую систему.
privacy-export-doc = { $you ->
    [ty] Всё, что бот хранит о тебе: понятным текстом (.txt) и в машиночитаемом виде (.json).
   *[vy] Всё, что бот хранит о вас: понятным текстом (.txt) и в машиночитаемом виде (.json).
}
privacy-withdrawn-participant = участник отозвал согласие
privacy-retention = { $you ->
    [ty] Срок хранения: пока ты участвуешь в программе и до завершения отчётности за учебный год, в котором участие закончилось (отчётность завершается { $deadline } после окончания учебного года). Потом бот удаляет данные сам.
   *[vy] Срок хранения: пока вы участвуете в программе и до завершения отчётности за учебный год, в котором участие закончилось (отчётность завершается { $deadline } после окончания учебного года). Потом бот удаляет данные сам.
}
privacy-doc-title = Данные, которые бот программы наставничества хранит о человеке: { $name }
privacy-doc-made = Выгрузка сделана { $date }. Оператор: { $org }, { $address }.
privacy-doc-person = ЛИЧНЫЕ ДАННЫЕ
privacy-doc-registered = • Дата регистрации: { $date }
privacy-doc-consents = СОГЛАСИЯ (все записи журнала)
privacy-doc-consent = • { $kind ->
    [pd] Согласие на обработку персональных данных
    [pd_external] Согласие наставника от организации-партнёра на обработку персональных данных
    [student] Ознакомление ученика
    [mentoring] Согласие наставника на наставничество (пара № { $pair })
    [mentee_pair] Согласие наставляемого на пару (пара № { $pair })
   *[parent] Согласие родителя (законного представителя)
} — { $action ->
    [given] дано
    [declined] не дано
   *[withdrawn] отозвано
}, версия текста { $version }, { $date }
privacy-doc-questionnaire = АНКЕТА: { $title }
privacy-doc-questionnaire-state = { $anonymous ->
    [yes] анонимный опрос
   *[no] { $campaign ->
        [0] анкета для банка наставников и наставляемых
       *[other] опрос № { $campaign }
    }
} · { $submitted ->
    [yes] отправлена
   *[no] не закончена
}
privacy-doc-answer = • { $question }
    Ответ: { $answer }
privacy-doc-scale = { $value } из { $max }
privacy-doc-no-answer = (нет ответа)
privacy-doc-pairs = НАСТАВНИЧЕСКИЕ ПАРЫ
privacy-doc-pair = • Пара № { $id }: { $you ->
    [ty] ты
   *[vy] вы
} — { $role ->
    [mentor] наставник
   *[mentee] наставляемый
}; форма: { $form }; статус: { $status }; с { $starts }{ $ends ->
    [none] {""}
   *[other] {" "}по { $ends }
}
privacy-doc-programme = ПЕРСОНАЛИЗИРОВАННАЯ ПРОГРАММА
privacy-doc-programme-item = • Пара № { $pair }, { $kind ->
    [goal] цель
   *[task] задача
}: { $title }{ $due ->
    [none] {""}
   *[other] {" "}(срок { $due })
}{ $done ->
    [none] {""}
   *[other] {" "}— выполнено { $done }
}
privacy-doc-meetings = ВСТРЕЧИ
privacy-doc-meeting = • { $date }, пара № { $pair }: { $kind }, { $minutes } мин, { $format } — тема: { $topic }{ $mine ->
    [yes] { $you ->
        [ty] {" "}(твоя запись)
       *[vy] {" "}(записали вы)
    }
   *[no] {""}
}
privacy-doc-meeting-notes = Заметки и следующие шаги: { $notes }
privacy-doc-signals = СИГНАЛЫ «ПАРА НЕ СКЛАДЫВАЕТСЯ»
privacy-doc-signal = • Пара № { $pair }, { $date }
privacy-doc-selection = ОТБОР НАСТАВНИКОВ
privacy-doc-selection-line = • Решение: { $status ->
    [approved] { $gender ->
        [m] утверждён наставником
        [f] утверждена наставником
       *[x] в числе наставников
    }
   *[rejected] { $gender ->
        [m] не отобран
        [f] не отобрана
       *[x] кандидатура не отобрана
    }
}{ $reason ->
    [none] {""}
   *[other] , причина: { $reason }
}{ $trained ->
    [none] {""}
   *[other] ; обучение пройдено { $trained }
}
privacy-doc-support = • Куратор отметил: нужна психологическая поддержка ({ $date })
privacy-doc-activities = МЕРОПРИЯТИЯ ДОРОЖНОЙ КАРТЫ, ЗА КОТОРЫЕ ВЫ ОТВЕЧАЕТЕ
privacy-doc-activity = • { $title } — срок { $due }{ $reason ->
    [none] {""}
   *[other] ; причина пропуска: { $reason }
}
privacy-doc-campaigns = ПРИГЛАШЕНИЯ В ОПРОСЫ
privacy-doc-campaign = • Опрос № { $id }: { $title }, до { $deadline }
privacy-doc-reminders = Запланированных напоминаний: { $count }
privacy-doc-drafts = Незаконченных форм (черновиков): { $count }
privacy-doc-child = ДАННЫЕ РЕБЁНКА, ЗА КОТОРОГО ВЫ ДАЛИ СОГЛАСИЕ
privacy-doc-none = • нет
privacy-file-export = Мои данные.{ $ext }
