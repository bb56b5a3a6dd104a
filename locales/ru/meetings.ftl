## Журнал встреч наставнических пар.

meeting-error-minutes = Длительность — от { $min } до { $max } минут, например «45 мин» или «1,5 ч».
meeting-error-topic = Тема слишком длинная: не больше { $limit } символов. Подробности можно добавить в заметки.
meeting-error-future = Эта дата ещё не наступила. Встречу записывают после того, как она прошла.
meeting-error-old = Дата слишком давняя — больше года назад. Проверьте число и год.
meeting-error-no-topic = Напишите тему встречи — хотя бы несколько слов.
meeting-error-notes = Заметки слишком длинные: не больше { $limit } символов.
meeting-error-too-late = Запись можно изменить или удалить только в течение { $days } дней. Если нужна правка, напишите координатору.
meeting-error-pair-closed = Эта пара уже не работает — встречи в неё не записываются.
meeting-stale = Эта кнопка уже неактуальна: встречу изменили, удалили или уже ответили на неё.
meeting-kind = { $kind ->
    [organisational] организационная
    [trial] пробная рабочая
    [planning] планирование
    [final] итоговая
   *[regular] регулярная
}
meeting-notify-logged = 📝 { $who } записал(а) встречу: { meeting-kind }, { $date }, { $minutes } мин — «{ $topic }». Она состоялась?
meeting-btn-confirm = ✅ Да, была
meeting-btn-dispute = Не было
meeting-notify-disputed = ⚠️ Пара № { $id }: участник говорит, что встречи { $date } («{ $topic }») не было.
meeting-nudge-mentor = 👋 В вашей наставнической паре нет записанных встреч уже { $days } дн. Если вы встречались — запишите встречу, это займёт минуту.
meeting-btn-log = 📝 Записать встречу
meeting-nudge-coordinator = Пара № { $id }: встреч не записано уже { $days } дн. Возможно, пара нуждается в поддержке.
meeting-error-text = Напишите ответ текстом.
meeting-no-pair = У вас нет действующей наставнической пары — записывать встречи пока некуда. Пары — /mypair.
meeting-ask-pair = Для какой пары записать встречу?
meeting-ask-kind = Какая это была встреча? Первой стоит ожидаемая.
meeting-kind-button = { $expected ->
    [yes] ➡️ { meeting-kind }
   *[no] { meeting-kind }
}
meeting-ask-day = Когда была встреча?
meeting-day = { $day ->
    [today] Сегодня
    [yesterday] Вчера
   *[other] Другая дата…
}
meeting-ask-date = Напишите дату встречи, например 18.11, 18.11.2026 или «18 ноября».
meeting-ask-minutes = Сколько длилась встреча?
meeting-minutes = { $minutes } мин
meeting-minutes-other = Другое…
meeting-ask-minutes-typed = Напишите длительность в минутах, от { $min } до { $max }.
meeting-ask-format = Как проходила встреча?
meeting-format = { $format ->
    [online] 💻 Онлайн
   *[in_person] 🤝 Очно
}
meeting-ask-topic = Тема встречи? Например: «Анализ урока», «Подготовка к родительскому собранию».
meeting-ask-notes = Заметки и следующие шаги (по желанию) — или «Пропустить».
meeting-btn-skip = Пропустить
meeting-ask-tasks = К каким задачам программы относится встреча? Отметьте и нажмите «Готово».
meeting-btn-tasks-done = Готово
meeting-summary =
    <b>{ $editing ->
        [yes] Проверьте изменения
       *[no] Проверьте запись встречи
    }</b>
    Тип: { meeting-kind }
    Дата: { $date }
    Длительность: { $minutes } мин
    Формат: { $format ->
        [online] онлайн
       *[in_person] очно
    }
    Тема: { $topic }
    Заметки: { $notes }
    Задач программы: { $tasks }
meeting-change = { $field ->
    [kind] Тип
    [held_on] Дата
    [minutes] Длительность
    [format] Формат
    [topic] Тема
   *[notes] Заметки
}
meeting-btn-save = ✅ Сохранить
meeting-btn-cancel = Отменить
meeting-cancelled = Запись встречи отменена, ничего не сохранено.
meeting-saved = Встреча записана ({ meeting-kind }). Другой участник пары получит её на подтверждение.{ $final ->
    [yes] { " " }Это итоговая встреча — координатор получит предложение завершить пару и провести анкетирование.
   *[no] { "" }
}
meeting-btn-history = 📋 История встреч
meeting-btn-history-of = 📋 Встречи пары № { $id }
meeting-ask-history = Историю какой пары показать?
meeting-answered = { $happened ->
    [yes] Спасибо, встреча подтверждена ✅
   *[no] Отмечено, что встречи не было. Координатор увидит это.
}
meeting-history-title = <b>Встречи пары № { $id }</b>: { $count }, всего { $hours } ч; последняя — { $last }{ $days ->
    [-1] { "" }
   *[other] { " " }({ $days } дн. назад)
}{ $disputed ->
    [0] { "" }
   *[other] ; оспорено: { $disputed }
}
meeting-history-kind = • { meeting-kind }: { $count }
meeting-history-line = { $date } — { meeting-kind }, { $minutes } мин: { $topic } { $status ->
    [confirmed] ✅
    [disputed] ⚠️ не подтверждена
   *[logged] ⏳
}
meeting-btn-edit = ✏️ Изменить { $id }
meeting-btn-delete = 🗑 Удалить { $id }
meeting-ask-delete = Удалить эту запись встречи?
meeting-btn-delete-sure = Да, удалить
meeting-deleted = Запись удалена.
meeting-notify-final = 🎓 Пара № { $id } провела итоговую встречу. Завершить пару и отправить участникам анкеты удовлетворённости?
meeting-btn-finish = 🎓 Завершить и отправить анкеты
meeting-finished = Пара № { $id } завершена. Наставнику и наставляемым отправлены анкеты удовлетворённости, срок — { $deadline }. Итоги — /campaigns.
activity-title = <b>Активность пар</b> — встреч в этом месяце: { $count }
activity-no-meetings = <b>Без встреч:</b> { $count }
activity-no-organisational = <b>Без организационной встречи:</b> { $count }
activity-disputed = <b>Оспоренные записи:</b> { $count }
activity-disputed-line = • № { $id }: { $date } — { $topic }
activity-quiet = <b>Нет встреч { $days } дн. и дольше:</b> { $count }
meeting-error-disputed = Эту запись оспорили — удалить её нельзя, координатор разберётся. Можно изменить запись, если в ней ошибка.
activity-pair-line = • № { $id }: { $mentor } → { $mentees }
activity-quiet-line = • № { $id }: { $mentor } — { $days } дн. без встреч
