## Дорожная карта, мои задачи, напоминания.

activity-status = { $status ->
    [done] выполнено
    [in_progress] в работе
    [skipped] пропущено
   *[planned] запланировано
}

roadmap-none = Дорожная карта программы ещё не загружена.
roadmap-none-coordinator =
    Дорожная карта ещё не загружена.

    Пришлите сюда файл дорожной карты на { $year }/{ $next } учебный год (.docx, .txt, .tsv или .md, до 2 МБ; таблица: этап, мероприятия, сроки, ответственные) — или возьмите готовый шаблон из типовых этапов.
roadmap-upload-hint = Чтобы заменить карту, пришлите новый файл: мероприятия, уже отмеченные выполненными, с тем же названием сохранят статус. Мои задачи — /tasks
roadmap-tasks-hint = Ваши задачи — /tasks
roadmap-more = …и ещё, см. по этапам.
roadmap-source-template = типовой шаблон
roadmap-draft-title = <b>Черновик дорожной карты на { $year }/{ $next } учебный год</b> (источник: { $source })
roadmap-draft-counts = Этапов: { $stages }, мероприятий: { $activities }.
roadmap-draft-links = Ответственные привязаны к сотрудникам: { $linked } из { $total }. Напоминания по непривязанным будут приходить вам.
roadmap-draft-undated = Без точного срока: { $count } (например, «по факту») — о них бот не напоминает.
roadmap-draft-past = ⚠️ Срок уже прошёл у { $count } мероприятий — проверьте, что карта на нужный учебный год, и поправьте сроки («📅 Сроки»).
roadmap-draft-warnings = Что бот не понял ({ $count }) — проверьте:
roadmap-draft-next = Привяжите ответственных, проверьте сроки и нажмите «Активировать».
roadmap-btn-template = 📋 Взять типовой шаблон
roadmap-btn-labels = 👥 Ответственные
roadmap-btn-dates = 📅 Сроки
roadmap-btn-activate = ✅ Активировать
roadmap-btn-discard = 🗑 Удалить черновик
roadmap-btn-back = ‹ Назад
roadmap-btn-all-staff = Показать всех сотрудников
roadmap-btn-stage = Этап { $number }
roadmap-btn-skip = ⏭ Пропустить
roadmap-labels-title = <b>Ответственные из документа.</b> Выберите, чтобы указать, кто это из зарегистрированных сотрудников (✅ — привязан, ❔ — нет).
roadmap-label-title = <b>{ $label }</b> — мероприятий: { $count }. Сейчас: { $linked }.
roadmap-label-nobody = никто (напоминания идут координатору)
roadmap-label-options = Нажмите на сотрудника, чтобы привязать или отвязать его.
roadmap-label-no-suggestions = Подходящих по имени нет. Откройте список всех сотрудников — или пригласите человека ссылкой с ролью «Ответственный за мероприятия дорожной карты» (/invite).
roadmap-label-close-match = ≈ — похожее, но не то же имя: проверьте, что это тот же человек, прежде чем выбирать.
roadmap-linked = Привязан
roadmap-unlinked = Отвязан
roadmap-dates-title = <b>Сроки мероприятий.</b> Нажмите номер, чтобы изменить срок.
roadmap-ask-date =
    Мероприятие: <b>{ $title }</b>
    Сейчас: { $when }

    Напишите новый срок: дату (<i>{ $example }</i>), месяц (<i>март</i>) или период (<i>октябрь-ноябрь</i>).
roadmap-date-set = Срок изменён: { $title } — { $when }.
roadmap-activated = ✅ Дорожная карта активирована. Напоминания ответственным запланированы.{ $overdue ->
    [0] {""}
   *[other] {" "}Уже просрочено: { $overdue } — ответственным напомню при ближайшем обходе просроченных, без потока сообщений сразу.
}
roadmap-discarded = Черновик удалён.
roadmap-active-title = <b>Дорожная карта на { $year }/{ $next } учебный год</b>
roadmap-active-counts = Выполнено { $done } из { $total }, просрочено: { $overdue }.
roadmap-stage-line = { $number }. { $title } — { $done }/{ $total }{ $overdue ->
    [0] { "" }
   *[other] , ⚠️ просрочено { $overdue }
}
roadmap-stage-title = <b>Этап { $number }. { $title }</b>
roadmap-activity-meta = <i>   срок: { $when }; ответственные: { $who }; { $status }</i>

roadmap-activity-skipped = <i>   пропущено: { $reason }</i>

roadmap-error-format = Нужен файл .docx, .txt, .tsv или .md с таблицей дорожной карты.
roadmap-error-unreadable = Не получилось прочитать файл. Сохраните его как .docx или .txt и пришлите снова.
roadmap-error-empty = В файле не нашлось этапов дорожной карты. Нужна таблица: этап, мероприятия, сроки, ответственные.
roadmap-error-size = Файл слишком большой (больше 2 МБ). Дорожная карта обычно занимает несколько страниц — пришлите только её.
roadmap-error-unpacked = Внутри этого файла слишком много данных для дорожной карты: в распакованном виде он занимает гораздо больше, чем несколько страниц. Сохраните в новый .docx только таблицу дорожной карты (без вложенных файлов и картинок) и пришлите снова.
roadmap-error-slow = Файл читался слишком долго, и я остановил чтение. Сохраните в новый .docx или .txt только таблицу дорожной карты и пришлите снова.
roadmap-error-date = Не понял срок. Примеры: <i>{ $example }</i>, <i>март</i>, <i>октябрь-ноябрь</i>.
roadmap-error-date-past = Этот срок уже прошёл. Укажите дату не раньше сегодняшней.
roadmap-error-too-big = В файле больше 500 мероприятий — это не похоже на дорожную карту. Пришлите только таблицу дорожной карты.
roadmap-notify-skipped = Мероприятие пропущено: «{ $title }». Причина: { $reason }. Отметил(а): { $name }.
roadmap-error-reason = Напишите коротко причину (от 3 до 300 символов).
roadmap-notify-postponed = Срок перенесён: «{ $title }» — с { $old } на { $new }. Перенёс(ла): { $name }.

tasks-title = <b>Мои задачи по дорожной карте</b>
tasks-none = Открытых задач по дорожной карте у вас нет.
tasks-hint = Нажмите номер задачи, чтобы отметить выполнение или перенести срок.
task-when = Срок: { $when }
task-status = Статус: { $status }
task-overdue = ⚠️ Срок прошёл.
task-status-saved = Отмечено: { $status }
task-ask-postpone = На какую дату перенести «{ $title }»? Например: <i>{ $example }</i>. Координатор получит уведомление.
task-ask-skip = Почему «{ $title }» не будет выполнено? Напишите коротко — это увидит координатор.
task-postponed = Срок перенесён: { $title } — { $when }. Координатору сообщено.
task-skipped = Отмечено как пропущенное: { $title }.

reminder-btn-done = ✅ Выполнено
reminder-btn-progress = ⏳ В работе
reminder-btn-postpone = 📅 Перенести
reminder-late = { $late ->
    [yes] <i>(напоминание задержалось)</i>{ " " }
   *[no] { "" }
}
reminder-opens = { reminder-late }🗓 Начинается срок мероприятия дорожной карты: <b>{ $title }</b>. Завершить до { $due }.
reminder-before = { reminder-late }⏰ { $days ->
    [one] Остался { $days } день
    [few] Осталось { $days } дня
   *[other] Осталось { $days } дней
}: <b>{ $title }</b> — срок { $due }.
reminder-due = { reminder-late }⏰ Сегодня срок: <b>{ $title }</b> ({ $due }).
reminder-overdue = { reminder-late }⚠️ Просрочено на { $overdue ->
    [one] { $overdue } день
    [few] { $overdue } дня
   *[other] { $overdue } дней
}: <b>{ $title }</b> (срок был { $due }). Отметьте выполнение или перенесите срок.
reminder-escalation = { reminder-late }⚠️ Просрочено мероприятие дорожной карты: <b>{ $title }</b> — срок был { $due }. Ответственные: { $who }.
reminder-digest =
    <b>Дорожная карта: сводка недели</b>
    Просрочено: { $overdue }. Срок на этой неделе: { $week }. Выполнено: { $done } из { $total }.
    { $list }

    Подробнее — /roadmap

roadmap-warn-stage-no-number = Этап «{ $title }» без номера — бот дал ему номер { $number }.
roadmap-warn-no-stages-table = В таблице не нашлось этапов: ожидались пронумерованные строки под «Наименование этапа».
roadmap-warn-no-deadline-column = В таблице нет столбца «Сроки» — сроки не прочитаны.
roadmap-warn-no-responsible-column = В таблице нет столбца «Ответственные» — ответственные не прочитаны.
roadmap-warn-stage-no-deadline = Этап { $stage } «{ $title }»: срок не указан.
roadmap-warn-stage-no-responsible = Этап { $stage } «{ $title }»: ответственные не указаны.
roadmap-warn-outside-text = Текст вне таблицы пропущен: «{ $text }».
roadmap-warn-deadline-unknown = Этап { $stage } «{ $title }»: не понял срок «{ $text }».
roadmap-warn-responsible-unknown = Этап { $stage } «{ $title }»: «{ $text }» — не известная роль и не ФИО вида «Фамилия И.О.»; оставлено как роль.
roadmap-warn-stage-no-title = У этапа { $stage } нет названия.
roadmap-warn-stage-order = Этап { $stage } «{ $title }» идёт после этапа { $previous }{ $repeated ->
    [yes] {" "}и повторяет номер
   *[no] {""}
}: нумерация не по порядку (оставлено как в документе).
roadmap-warn-missing-number = Нет этапа с номером { $number }.
roadmap-warn-no-table = Таблица не найдена: этапы прочитаны по пронумерованным заголовкам; сроков и ответственных в документе нет.
roadmap-warn-no-stages = Этапы не найдены: нужна таблица со столбцом «Наименование этапа» или пронумерованные заголовки этапов.
