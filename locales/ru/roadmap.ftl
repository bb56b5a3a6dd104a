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

    Пришлите сюда файл дорожной карты на { $year }/{ $next } учебный год (.docx, .pdf, .odt, .txt или .md, до 2 МБ; таблица: этап, мероприятия, сроки, ответственные) — или возьмите готовый шаблон из типовых этапов.
roadmap-upload-hint = Чтобы заменить карту, пришлите новый файл: мероприятия, уже отмеченные выполненными, с тем же названием сохранят статус. Мои задачи — /tasks
roadmap-tasks-hint = Ваши задачи — /tasks
roadmap-more = …и ещё, см. по этапам.
roadmap-source-template = типовой шаблон
roadmap-draft-title = <b>Черновик дорожной карты на { $year }/{ $next } учебный год</b> (источник: { $source })
roadmap-draft-counts = Этапов: { $stages }, мероприятий: { $activities }.
roadmap-draft-links = Ответственные привязаны к сотрудникам: { $linked } из { $total }. Напоминания по непривязанным будут приходить вам.
roadmap-draft-undated = Без точного срока: { $count } (например, «по факту») — о них бот не напоминает.
roadmap-draft-past = ⚠️ Срок уже прошёл у { $count } { $count ->
    [one] мероприятия
   *[other] мероприятий
} — проверьте, что карта на нужный учебный год, и поправьте сроки («📅 Сроки»).
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
roadmap-label-nobody = никто (напоминания идут куратору)
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

roadmap-error-format = Нужен файл .docx, .pdf, .odt, .txt или .md с таблицей дорожной карты.
roadmap-error-old-format = Это документ старого формата (.doc, .rtf). Откройте его в Word или LibreOffice, выберите «Сохранить как» → .docx (или PDF) и пришлите снова.
roadmap-error-scanned = В этом PDF нет текста — похоже, это скан или фотографии страниц. Пришлите .docx или PDF, сохранённый из Word («Сохранить как» → PDF), а не скан.
roadmap-error-encrypted = PDF защищён паролем. Пришлите его без пароля — или файл .docx.
roadmap-error-unreadable = Не получилось прочитать файл. Сохраните его как .docx или .txt и пришлите снова.
roadmap-error-empty = В файле не нашлось этапов дорожной карты. Нужна таблица: этап, мероприятия, сроки, ответственные.
roadmap-error-size = Файл слишком большой (больше 10 МБ). Дорожная карта обычно занимает несколько страниц — пришлите только её.
roadmap-error-unpacked = Внутри этого файла слишком много данных для дорожной карты: в распакованном виде он занимает гораздо больше, чем несколько страниц. Сохраните в новый .docx только таблицу дорожной карты (без вложенных файлов и картинок) и пришлите снова.
roadmap-error-slow = Файл читался слишком долго, и я остановил чтение. Сохраните в новый .docx или .txt только таблицу дорожной карты и пришлите снова.
roadmap-error-date = Не понял срок. Примеры: <i>{ $example }</i>, <i>март</i>, <i>октябрь-ноябрь</i>.
roadmap-error-date-past = Этот срок уже прошёл. Укажите дату не раньше сегодняшней.
roadmap-error-too-big = В файле больше 500 мероприятий — это не похоже на дорожную карту. Пришлите только таблицу дорожной карты.
roadmap-notify-skipped = Мероприятие пропущено: «{ $title }». Причина: { $reason }. { $gender ->
    [m] Отметил
    [f] Отметила
   *[x] Кто отметил
}: { $name }.
roadmap-error-reason = Напишите коротко причину (от 3 до 300 символов).
roadmap-notify-postponed = Срок перенесён: «{ $title }» — с { $old } на { $new }. { $gender ->
    [m] Перенёс
    [f] Перенесла
   *[x] Кто перенёс
}: { $name }.

tasks-title = <b>Мои задачи по дорожной карте</b>
tasks-none = Открытых задач по дорожной карте у вас нет.
tasks-hint = Нажмите номер задачи, чтобы отметить выполнение или перенести срок.
task-when = Срок: { $when }
task-status = Статус: { $status }
task-overdue = ⚠️ Срок прошёл.
task-status-saved = Отмечено: { $status }
task-ask-postpone = На какую дату перенести «{ $title }»? Например: <i>{ $example }</i>. Куратор получит уведомление.
task-ask-skip = Почему «{ $title }» не будет выполнено? Напишите коротко — это увидит куратор.
task-postponed = Срок перенесён: { $title } — { $when }. Куратору сообщено.
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

## Карта в чате: этапы и мероприятия, правки куратора, год документа, события бота.

roadmap-map-title = <b>Этапы и мероприятия</b> (страница { $page } из { $pages }) — откройте этап, чтобы править:
roadmap-map-stage = <b>Этап { $number }. { $title }</b>
roadmap-map-activity = { $number }. { $title } — <i>{ $when }</i>; { $who }
roadmap-map-empty = <i>   (мероприятий нет)</i>
roadmap-map-continued = (продолжение)
roadmap-who-nobody = ответственный не указан
roadmap-draft-year = 📆 Документ составлен на { $kind ->
    [calendar] { $year } год
   *[school] { $year }/{ $next } учебный год
}, а карта планируется на { $target }/{ $target_next } учебный год. Одна кнопка ниже переносит все сроки на { $target }/{ $target_next } (месяцы остаются на своих местах в учебном году, «ежегодно» остаётся ежегодно).
roadmap-btn-year = 📆 Перенести все сроки на { $year }/{ $next }
roadmap-btn-warnings = ⚠️ Все замечания
roadmap-year-moved = Сроки перенесены: { $count }.
roadmap-year-already = Сроки уже перенесены на этот учебный год.
roadmap-warnings-title = <b>Что бот не понял в документе ({ $count })</b>
roadmap-warnings-none = Замечаний нет.
roadmap-stage-hint = Нажмите номер мероприятия, чтобы изменить его название, срок, ответственных, перенести в другой этап или удалить.
roadmap-activity-stage = Этап { $number }. { $title }
roadmap-activity-who = Ответственные: { $who }
roadmap-btn-rename-stage = ✏️ Название этапа
roadmap-btn-add = ➕ Добавить мероприятие
roadmap-btn-merge = 🔗 Объединить с другим этапом
roadmap-btn-to-map = ‹ К карте
roadmap-btn-rename = ✏️ Название
roadmap-btn-date = 📅 Срок
roadmap-btn-who = 👤 Ответственные
roadmap-btn-move = ↪️ В другой этап
roadmap-btn-reopen = ↩️ Вернуть в работу
roadmap-btn-delete = 🗑 Удалить
roadmap-btn-to-activity = ‹ К мероприятию
roadmap-btn-to-stage = ‹ К этапу
roadmap-btn-cancel = Отмена
roadmap-btn-merge-yes = 🔗 Да, объединить
roadmap-btn-delete-yes = 🗑 Да, удалить
roadmap-ask-stage-title = Этап { $number }: <b>{ $title }</b>
    Напишите новое название этапа.
roadmap-ask-new-activity = Этап { $number }: <b>{ $title }</b>
    Напишите название нового мероприятия. Срок и ответственных можно будет указать после.
roadmap-ask-activity-title = Мероприятие: <b>{ $title }</b>
    Напишите новое название.
roadmap-ask-who = Мероприятие: <b>{ $title }</b>
    Сейчас: { $who }
    Напишите ответственных через запятую: ФИО (<i>Иванова И.И.</i>) или должности (<i>заместитель директора по УВР</i>). Они заменят нынешних.
roadmap-stage-renamed = ✅ Этап { $number } теперь называется «{ $title }».
roadmap-activity-added = ✅ Мероприятие «{ $title }» добавлено в этап { $number }.
roadmap-activity-renamed = ✅ Название изменено: «{ $title }».
roadmap-who-set = ✅ Ответственные за «{ $title }»: { $who }. Привязать их к сотрудникам — «👥 Ответственные» в /roadmap.
roadmap-move-title = В какой этап перенести «{ $title }»?
roadmap-merge-title = С каким этапом объединить этап { $number } «{ $title }»? Его мероприятия перейдут в выбранный этап.
roadmap-merge-ask = Объединить этап { $number } «{ $title }» с этапом { $target } «{ $target_title }»? Мероприятия этапа { $number } ({ $count }) перейдут в этап { $target }, а этап { $number } исчезнет.
roadmap-merged = Этапы объединены: теперь это этап { $number }.
roadmap-moved = Перенесено в этап { $number }.
roadmap-delete-ask = Удалить мероприятие «{ $title }» (этап { $number })? Напоминания о нём тоже удалятся.
roadmap-deleted = Мероприятие удалено.
roadmap-error-gone = Этого мероприятия уже нет — откройте /roadmap заново.
roadmap-error-stage-gone = Этого этапа уже нет (возможно, его объединили с другим) — откройте /roadmap заново.
roadmap-error-title = Напишите название текстом (от 2 символов).
roadmap-error-responsible = Напишите ответственных текстом через запятую: ФИО или должности.
roadmap-error-too-many = В карте уже 500 мероприятий — больше добавить нельзя.
roadmap-error-one-stage = В карте только один этап — переносить и объединять не с чем.
roadmap-offer = 📌 { $event ->
    [order] Пары закреплены приказом
    [monitoring] Мониторинговое анкетирование завершено
    [bank] Банк наставников сформирован: решение принято по каждому кандидату
   *[report] Годовой отчёт сформирован
}. В дорожной карте есть мероприятие «{ $title }» — отметить его выполненным?
roadmap-btn-offer-done = ✅ Отметить выполненным
tasks-title-all = <b>Мои задачи по дорожной карте</b> (вместе с выполненными)
tasks-btn-show-done = 👁 Показать выполненные
tasks-btn-hide-done = Скрыть выполненные
roadmap-ask-discard = Удалить черновик дорожной карты на { $year }/{ $next } учебный год (этапов: { $stages }, мероприятий: { $activities })? Вернуть его будет нельзя — документ придётся загрузить заново.
roadmap-btn-discard-sure = Да, удалить черновик
roadmap-btn-keep = Оставить
