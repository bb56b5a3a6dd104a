## Журнал встреч наставнических пар.

meeting-error-minutes = Длительность — от { $min } до { $max } { $max ->
    [one] минуты
   *[other] минут
}, например «45 мин» или «1,5 ч».
meeting-error-topic = Тема слишком длинная: не больше { $limit } { $limit ->
    [one] символа
   *[other] символов
}. Подробности можно добавить в заметки.
meeting-error-future = Эта дата ещё не наступила. Встречу записывают после того, как она прошла.
meeting-error-old = { $you ->
    [ty] Дата слишком давняя — больше года назад. Проверь число и год.
   *[vy] Дата слишком давняя — больше года назад. Проверьте число и год.
}
meeting-error-no-topic = { $you ->
    [ty] Напиши тему встречи — хотя бы несколько слов.
   *[vy] Напишите тему встречи — хотя бы несколько слов.
}
meeting-error-notes = Заметки слишком длинные: не больше { $limit } { $limit ->
    [one] символа
   *[other] символов
}.
meeting-error-too-late = Запись можно изменить или удалить только в течение { $days } { $days ->
    [one] дня
   *[other] дней
}. Если нужна правка, { $you ->
    [ty] напиши
   *[vy] напишите
} куратору.
meeting-error-pair-closed = Эта пара уже не работает — встречи в неё не записываются.
meeting-stale = Эта кнопка уже неактуальна: встречу изменили, удалили или уже ответили на неё.
meeting-kind = { $kind ->
    [organisational] организационная
    [trial] пробная рабочая
    [planning] планирование
    [final] итоговая
   *[regular] регулярная
}
meeting-notify-logged = 📝 { $gender ->
    [m] { $who } записал встречу
    [f] { $who } записала встречу
   *[x] Записана встреча ({ $who })
}: { meeting-kind }, { $date }, { $minutes } мин — «{ $topic }». Она состоялась?
meeting-btn-confirm = ✅ Да, была
meeting-btn-dispute = Не было
meeting-notify-disputed = ⚠️ Пара № { $id }: { meeting-who-disputed } встречи { $date } («{ $topic }») не было. Автор записи знает об этом. Как решить?
meeting-nudge-mentor = 👋 В { $you ->
    [ty] твоей
   *[vy] вашей
} наставнической паре нет записанных встреч уже { $days } { $days ->
    [one] день
    [few] дня
   *[other] дней
}. { $you ->
    [ty] Если встреча была — запиши её, это займёт минуту.
   *[vy] Если вы встречались — запишите встречу, это займёт минуту.
}
meeting-btn-log = 📝 Записать встречу
meeting-nudge-coordinator = Пара № { $id }: встреч не записано уже { $days } { $days ->
    [one] день
    [few] дня
   *[other] дней
}. Возможно, пара нуждается в поддержке.
meeting-error-text = { $you ->
    [ty] Напиши ответ текстом.
   *[vy] Напишите ответ текстом.
}
meeting-no-pair = { $you ->
    [ty] У тебя нет действующей наставнической пары — записывать встречи пока некуда. Пара — /mypair.
   *[vy] У вас нет действующей наставнической пары — записывать встречи пока некуда. Пары — /mypair.
}
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
meeting-ask-date = { $you ->
    [ty] Напиши дату встречи, например 18.11, 18.11.2026 или «18 ноября».
   *[vy] Напишите дату встречи, например 18.11, 18.11.2026 или «18 ноября».
}
meeting-ask-minutes = Сколько длилась встреча?
meeting-minutes = { $minutes } мин
meeting-minutes-other = Другое…
meeting-ask-minutes-typed = { $you ->
    [ty] Напиши длительность в минутах, от { $min } до { $max }.
   *[vy] Напишите длительность в минутах, от { $min } до { $max }.
}
meeting-ask-format = Как проходила встреча?
meeting-format = { $format ->
    [online] 💻 Онлайн
   *[in_person] 🤝 Очно
}
meeting-ask-topic = Тема встречи? Например: «Анализ урока», «Подготовка к родительскому собранию».
meeting-ask-notes = Заметки и следующие шаги (по желанию) — или «Пропустить».
meeting-btn-skip = Пропустить
meeting-ask-tasks = { $you ->
    [ty] К каким задачам программы относится встреча? Отметь и нажми «Готово».
   *[vy] К каким задачам программы относится встреча? Отметьте и нажмите «Готово».
}
meeting-btn-tasks-done = Готово
meeting-summary =
    <b>{ $editing ->
        [yes] { $you ->
            [ty] Проверь изменения
           *[vy] Проверьте изменения
        }
       *[no] { $you ->
            [ty] Проверь запись встречи
           *[vy] Проверьте запись встречи
        }
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
    [yes] { " " }Это итоговая встреча — куратор получит предложение завершить пару и провести анкетирование.
   *[no] { "" }
}
meeting-btn-history = 📋 История встреч
meeting-btn-history-of = 📋 Встречи пары № { $id }
meeting-ask-history = Историю какой пары показать?
meeting-answered = { $happened ->
    [yes] Спасибо, встреча подтверждена ✅
   *[no] Отмечено, что встречи не было. Автор записи и куратор получили сообщение.
}
meeting-history-title = <b>Встречи пары № { $id }</b>: { $count }, всего { $hours } ч; последняя — { $last }{ $days ->
    [-1] { "" }
   *[other] { " " }({ $days } { $days ->
        [one] день
        [few] дня
       *[other] дней
    } назад)
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
meeting-btn-edit = ✏️ Изменить: { $date }, { $topic }
meeting-btn-delete = 🗑 Удалить: { $date }, { $topic }
meeting-ask-delete = Удалить запись встречи { $date } — «{ $topic }»? Её нельзя будет вернуть.
meeting-btn-delete-sure = Да, удалить
meeting-deleted = Запись встречи { $date } — «{ $topic }» удалена.
meeting-notify-final = 🎓 Пара № { $id } провела итоговую встречу. Завершить пару и отправить участникам анкеты удовлетворённости?
meeting-btn-finish = 🎓 Завершить и отправить анкеты
meeting-finished = Пара № { $id } завершена. Наставнику и наставляемым отправлены анкеты удовлетворённости, срок — { $deadline }. Итоги — /campaigns.
activity-title = <b>Активность пар</b> — встреч в этом месяце: { $count }
activity-no-meetings = <b>Без встреч:</b> { $count }
activity-no-organisational = <b>Без организационной встречи:</b> { $count }
activity-disputed = <b>Оспоренные записи:</b> { $count }
activity-disputed-line = • № { $id }: { $date } — { $topic }
activity-quiet = <b>Нет встреч { $days } { $days ->
    [one] день
    [few] дня
   *[other] дней
} и дольше:</b> { $count }
meeting-error-disputed = Эту запись оспорили — удалить её нельзя, куратор разберётся. Можно изменить запись, если в ней ошибка.
activity-pair-line = • № { $id }: { $mentor } → { $mentees }
activity-quiet-line = • № { $id }: { $mentor } — { $days } { $days ->
    [one] день
    [few] дня
   *[other] дней
} без встреч

## Спор о встрече («Не было»): автор узнаёт, куратор решает
meeting-error-before-pair = { $you ->
    [ty] Пара работает с { $date }, а встреча указана раньше. Запиши дату не раньше { $date }.
   *[vy] Пара работает с { $date }, а встреча указана раньше. Запишите дату не раньше { $date }.
}
meeting-who-disputed = { $gender ->
    [m] { $who } отметил, что
    [f] { $who } отметила, что
   *[x] { $who }: по словам участника,
}
meeting-notify-disputed-author = { $you ->
    [ty] ⚠️ { meeting-who-disputed } встречи { $date } («{ $topic }») не было. Куратор получил сообщение и разберётся. Если в записи ошибка, исправь её в /meetings.
   *[vy] ⚠️ { meeting-who-disputed } встречи { $date } («{ $topic }») не было. Куратор получил сообщение и разберётся. Если в записи ошибка, исправьте её в /meetings.
}
meeting-notify-recheck = ❓ Куратор просит ещё раз проверить запись: { meeting-kind }, { $date }, { $minutes } мин — «{ $topic }» ({ $gender ->
    [m] записал
    [f] записала
   *[x] автор записи —
} { $who }). Встреча состоялась?
meeting-notify-settled = { $how ->
    [confirm] ✅ Куратор засчитал встречу { $date } («{ $topic }») как состоявшуюся.
    [delete] 🗑 Куратор удалил запись встречи { $date } («{ $topic }»).
   *[ask] ❓ Куратор попросил пару уточнить, была ли встреча { $date } («{ $topic }»). Другой участник получил вопрос ещё раз; если в записи ошибка, { $you ->
        [ty] исправь
       *[vy] исправьте
    } её в /meetings.
}
meeting-btn-settle-confirm = ✅ Встреча была
meeting-btn-settle-delete = 🗑 Удалить запись
meeting-btn-settle-ask = ❓ Спросить пару
meeting-btn-settle-delete-sure = Да, удалить запись
meeting-dispute-settled = Этот спор уже решён — запись подтверждена, удалена или пара отвечает заново. Актуальный список — /activity.
meeting-dispute-card = <b>Спор о встрече, пара № { $id }</b> ({ $mentor } → { $mentees })
    Встреча: { meeting-kind }, { $date }, { $minutes } мин — «{ $topic }»
    Автор записи: { $author }
    Говорит, что встречи не было: { $disputed }
meeting-ask-settle-delete = Удалить запись встречи пары № { $id } от { $date } — «{ $topic }»? Участники получат сообщение, вернуть запись будет нельзя.
meeting-settled = { $how ->
    [confirm] Встреча пары № { $id } от { $date } засчитана как состоявшаяся.
    [delete] Запись встречи пары № { $id } от { $date } удалена.
   *[ask] Пара № { $id } получила вопрос о встрече { $date } ещё раз.
} Участники получили сообщение.
activity-btn-dispute = ⚠️ № { $id }: { $date }, { $topic }
