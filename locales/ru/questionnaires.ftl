## Анкеты: ошибки ввода и устаревшие кнопки.

q-stale = Этот вопрос уже пройден — кнопка устарела. Текущий вопрос — ниже.
q-error-choose = Пожалуйста, выберите ответ кнопкой под вопросом.
q-error-text = Пожалуйста, ответьте текстом.
q-error-number = Напишите целое число от { $min } до { $max }.
q-error-scale = Выберите оценку кнопкой или напишите число от { $min } до { $max }.
q-error-range = Нужно число от { $min } до { $max }.
q-error-date = Напишите дату в виде ДД.ММ.ГГГГ, например 15.03.2027.
q-error-date-impossible = Такой даты нет. Проверьте день и месяц.
q-error-too-long = Слишком длинно: не больше { $limit } символов.
q-error-too-short = Слишком коротко: хотя бы { $limit } символов.
q-error-too-many = Можно выбрать не больше { $max }.
q-error-too-few = Выберите хотя бы { $min }, затем нажмите «Готово».
q-error-required = Это обязательный вопрос — его нельзя пропустить.
q-error-missing = Остались вопросы без ответа: { $count }. Ответьте на них, чтобы отправить анкету.

cmd-survey = Анкеты
q-none = Сейчас для вас нет анкет.
q-choose = Ваши анкеты — выберите, чтобы заполнить или продолжить:
q-resume = Продолжим с того места, где вы остановились.
q-progress = <i>Вопрос { $number } из { $total }</i>
q-scale-ends = <i>{ $low } — { $low_label }, { $high } — { $high_label }</i>
q-multi-hint = <i>Можно выбрать несколько (до { $max }), затем «Готово».</i>
q-type-text = <i>Напишите ответ сообщением.</i>
q-type-number = <i>Напишите число.</i>
q-type-date = <i>Напишите дату: ДД.ММ.ГГГГ.</i>
q-btn-done = ✅ Готово
q-btn-yes = Да
q-btn-no = Нет
q-btn-back = ‹ Назад
q-btn-skip = Пропустить ›
q-btn-submit = 📨 Отправить анкету
q-btn-reopen = ✏️ Изменить ответы
q-no-answer = — (пропущено)
q-review-title = Проверьте ответы перед отправкой:
q-review-hint = Чтобы изменить ответ, нажмите его номер. Всё верно — «Отправить анкету».
q-submitted = Спасибо! Анкета «{ $title }» отправлена.
q-use-buttons = Ответьте кнопками под сообщением выше.

campaign-invite = 📋 Просим заполнить анкету «{ $title }» до { $deadline }. Это займёт несколько минут; можно прерваться и продолжить позже.
campaign-btn-open = Заполнить анкету
campaign-error-questionnaire = Такой анкеты нет.
campaign-error-deadline = Срок уже прошёл — укажите сегодняшнюю дату или позже.
campaign-error-audience = Некоторые выбранные участники недоступны.
campaign-error-empty = В выбранной группе пока нет участников.
campaign-error-closed = Срок этой анкеты прошёл — ответы больше не принимаются.

cmd-campaigns = Опросы: запустить, прогресс, итоги
campaign-list-title = <b>Опросы</b>
campaign-list-empty = Опросов пока не было.
campaign-list-item = № { $id }. { $title } — до { $deadline }{ $anonymous ->
    [yes] , анонимный
   *[no] {""}
}
    приглашено { $invited }, доставлено { $delivered }, начали { $started }, заполнили { $completed }
campaign-btn-results = 📊 Итоги № { $id }
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
   *[coordinators] Координаторам
}
campaign-ask-form = Участникам пар какой формы наставничества?
campaign-pick-title = Отметьте, кому отправить анкету. Выбрано: { $count }. Страница { $page } из { $pages }.
campaign-btn-picked = Готово, выбрано: { $count } →
campaign-ask-deadline = До какого срока собрать ответы?
campaign-ask-anonymous = Анонимный опрос? В анонимном вы увидите только сводные итоги — и только когда ответят хотя бы трое.
campaign-anonymous-yes = Да, анонимный
campaign-anonymous-no = Нет, с именами
campaign-launched = Опрос «{ $title }» запущен: приглашения уходят { $count } участникам (постепенно, в пределах ограничений Telegram). Срок — { $deadline }. Прогресс и итоги — /campaigns
campaign-results-title = <b>Итоги: { $title }</b> — ответов: { $count }
campaign-results-hidden = <b>{ $title }</b>: ответов пока { $count }. Итоги анонимного опроса появятся, когда ответят хотя бы трое.
campaign-results-mean = среднее { $mean }, медиана { $median }
campaign-results-satisfied = удовлетворены (8–10): { $share } %
campaign-results-more = …и ещё { $count }
campaign-reminder = ⏰ Напоминаем: анкету «{ $title }» нужно заполнить до { $deadline }. Если уже начали — продолжите с того же места.
campaign-chart-axis = Средняя оценка
campaign-chart-caption = Средние оценки: { $title }
