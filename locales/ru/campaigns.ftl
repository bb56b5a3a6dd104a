## Опросы для куратора: запуск анкетирования, приглашения и напоминания, прогресс, итоги.

campaign-invite = 📋 Просим заполнить анкету «{ $title }» до { $deadline }.{ $anonymous ->
    [yes] {" "}Опрос анонимный: куратор увидит только сводные итоги, без имён.
   *[no] {""}
} Это займёт несколько минут; можно прерваться и продолжить позже.
campaign-btn-open = Заполнить анкету
campaign-error-questionnaire = Такой анкеты нет.
campaign-error-deadline = Срок уже прошёл — укажите сегодняшнюю дату или позже.
campaign-error-audience = Некоторые выбранные участники недоступны.
campaign-error-empty = В выбранной группе пока нет участников.
campaign-error-anonymous-few = Анонимный опрос нужен хотя бы для { $min } { $min ->
    [one] участника
   *[other] участников
}, кроме вас и кураторов: иначе по итогам можно узнать чей-то ответ. Добавьте людей или сделайте опрос с именами.
campaign-error-closed = Срок этой анкеты прошёл — ответы больше не принимаются.

campaign-list-title = <b>Опросы</b>
campaign-list-empty = Опросов пока не было.
campaign-list-item = № { $id }. { $title } — до { $deadline }{ $anonymous ->
    [yes] , анонимный
   *[no] {""}
}
    приглашено { $invited }, доставлено { $delivered }, начали { $started }, заполнили { $completed }
campaign-list-waiting = ⏳ ждут повторной отправки (нет связи с { app-name }): { $count } — бот пробует снова до конца срока
campaign-list-failed = ⚠️ не доставлено: { $count } — заблокировали бота: { $blocked }, аккаунт удалён или недоступен: { $gone }, другие причины: { $other }
campaign-btn-results = 📊 Итоги № { $id }
campaign-btn-resend = 🔁 Отправить ещё раз недоставленные № { $id } ({ $count })
campaign-resent = { $count ->
    [0] Опрос № { $id }: отправлять заново нечего — недоставленных приглашений нет.
   *[other] Опрос № { $id }: недоставленные приглашения ({ $count }) снова в очереди. Кто по-прежнему блокирует бота, их не получит.
}
campaign-btn-new = ➕ Новый опрос
campaign-ask-questionnaire = Какую анкету отправить?
campaign-ask-audience = Кому?
campaign-audience = { $audience ->
    [mentors] Кандидатам в наставники
    [mentees] Наставляемым
    [staff] Ответственным за мероприятия
    [pairs] Участникам всех действующих пар
    [form] Участникам пар одной формы…
    [list] Выбрать людей вручную…
   *[coordinators] Кураторам
}
campaign-ask-form = Участникам пар какой формы наставничества?
campaign-pick-title = Отметьте, кому отправить анкету. Выбрано: { $count }. Страница { $page } из { $pages }.
campaign-btn-picked = Готово, выбрано: { $count } →
campaign-ask-deadline = До какого срока собрать ответы?
campaign-ask-anonymous = Анонимный опрос? В анонимном вы увидите только сводные итоги — после срока опроса (когда ответы уже не меняются, чтобы по разнице нельзя было узнать чей-то ответ) и только если к тому времени ответят хотя бы { $min } { $min ->
    [one] участник
    [few] участника
   *[other] участников
}, кроме автора и кураторов. Поэтому в анонимном опросе должно быть не меньше { $min } { $min ->
    [one] такого участника
   *[other] таких участников
}.
campaign-anonymous-yes = Да, анонимный
campaign-anonymous-no = Нет, с именами
campaign-review = <b>Проверьте опрос перед запуском</b>
    Анкета: «{ $title }»
    Кому: { $who } — { $count } { $count ->
        [one] человек
        [few] человека
       *[other] человек
    }
    Срок: до { $deadline } включительно
    { $anonymous ->
        [yes] Анонимный: вы увидите только сводные итоги после срока, без имён; приглашение об этом скажет.
       *[no] С именами: вы увидите, кто как ответил.
    }
campaign-review-who = { $audience ->
    [mentors] кандидаты в наставники
    [mentees] наставляемые
    [staff] ответственные за мероприятия
    [pairs] участники всех действующих пар
    [list] выбранные вручную
   *[coordinators] кураторы
}
campaign-review-form = участники пар формы «{ $form }»
campaign-review-sides = Каждая сторона получит свою анкету:
campaign-review-version = • «{ $title }» — { $count } { $count ->
    [one] человек
    [few] человека
   *[other] человек
}
campaign-review-confirm = Приглашения уйдут после нажатия «🚀 Запустить».
campaign-btn-launch = 🚀 Запустить
campaign-btn-cancel = ✖️ Отмена
campaign-cancelled = Опрос не запущен, никому ничего не отправлено.
campaign-launched = Опрос «{ $title }» запущен: приглашения уходят { $count } { $count ->
    [one] участнику
   *[other] участникам
} (постепенно, в пределах ограничений { app-name }). Срок — { $deadline }.{ $anonymous ->
    [yes] {" "}Опрос анонимный: итоги откроются после срока.
   *[no] {""}
} Прогресс и итоги — /campaigns
campaign-already-launched = Этот опрос уже запущен (№ { $id }): приглашения уходят { $count } { $count ->
    [one] участнику
   *[other] участникам
}, срок — { $deadline }. Второй раз он не отправляется. Прогресс и итоги — /campaigns
campaign-results-title = <b>Итоги: { $title }</b> — ответов: { $count }
campaign-results-hidden = <b>{ $title }</b>: ответов пока { $count }. Итоги анонимного опроса показываются только после его срока и только если ответили хотя бы трое участников, кроме автора и кураторов.
campaign-results-mean = среднее { $mean }, медиана { $median }
campaign-results-satisfied = удовлетворены (8–10): { $share } %
campaign-results-more = …и ещё { $count }
campaign-reminder = ⏰ Напоминаем: анкету «{ $title }» нужно заполнить до { $deadline }.{ $anonymous ->
    [yes] {" "}Опрос анонимный.
   *[no] {""}
} { $you ->
    [ty] Начатую анкету можно продолжить с того же места.
   *[vy] Если уже начали — продолжите с того же места.
}
campaign-chart-axis = Средняя оценка
campaign-chart-caption = Средние оценки: { $title }
