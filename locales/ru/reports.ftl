## Отчёты координатора.

report-title = <b>📊 Программа наставничества — { $org }</b>, на { $date }
report-mentors = 👩‍🏫 <b>Наставники:</b> утверждено { $approved }, прошли обучение { $trained }, без свободных мест { $full }
report-mentees = 🧑‍🎓 <b>Наставляемые:</b> педагогов { $teachers }, обучающихся { $students }; в паре { $matched }, без пары { $unmatched }
report-partners = 🏢 <b>Организации-партнёры</b>, которые дают наставников: { $providing } (в списке /partners — { $total })
report-pairs = 🤝 <b>Пары и группы:</b> { $count }
report-pairs-form = { "   " }• { $form } — { $count }
report-young = 🌱 <b>Молодые педагоги</b> (стаж до { $years } { $years ->
        [one] года
       *[other] лет
    }) с наставником: { $part } из { $whole } ({ $share } %)
report-meetings = 📅 <b>Встречи:</b> в этом месяце { $count }; пар без встреч больше { $days } { $days ->
    [one] дня
   *[other] дней
} — { $quiet }
report-surveys = 📝 <b>Анкеты:</b> заполнено { $completed } из { $invited }; довольны (8–10 из 10): наставники { $mentors_share ->
    [-1] —
   *[other] { $mentors_share } %
}, наставляемые { $mentees_share ->
    [-1] —
   *[other] { $mentees_share } %
}
report-roadmap = 🗺 <b>Дорожная карта:</b> выполнено { $done } из { $total }, просрочено { $overdue }
report-btn-xlsx = 📥 Выгрузить в Excel (.xlsx)
report-xlsx-caption = Персонифицированный учёт: наставники, наставляемые, пары, встречи, ответы на анкеты (анонимные — без имён), дорожная карта.

xlsx-sheet-mentors = Наставники
xlsx-sheet-mentees = Наставляемые
xlsx-sheet-pairs = Пары
xlsx-sheet-meetings = Встречи
xlsx-sheet-answers = Анкеты
xlsx-sheet-roadmap = Дорожная карта
xlsx-sheet-orgs = Организации
xlsx-col-sensitive = { $c ->
    [support] ⚠ чувствительные сведения (здоровье): только для координаторов
   *[other] ⚠ может содержать сведения о выгорании: только для координаторов
}
xlsx-col = { $c ->
    [name] ФИО
    [position] Должность
    [subject] Предмет
    [experience] Стаж, лет
    [status] Статус
    [trained] Обучение пройдено
    [load] Наставляемых
    [capacity] Мест
    [forms] Формы наставничества
    [kind] Категория
    [state] Пара
    [since] Ждёт с
    [support] Психологическая поддержка
    [pair] № пары
    [mentor] Наставник
    [mentees] Наставляемые
    [form] Форма наставничества
    [pair_status] Статус пары
    [starts] Начало
    [ends] Окончание
    [tasks_done] Задач выполнено
    [tasks] Задач в программе
    [meetings] Встреч
    [date] Дата
    [meeting_kind] Тип встречи
    [minutes] Минут
    [format] Формат
    [topic] Тема
    [logged_by] Кто записал
    [meeting_status] Подтверждение
    [campaign] № опроса
    [questionnaire] Анкета
    [respondent] Участник
    [question] Вопрос
    [answer] Ответ
    [org] Организация
    [on] На дату
    [mentors_approved] Наставников утверждено
    [mentors_trained] Прошли обучение
    [mentors_full] Наставников без свободных мест
    [mentees_teachers] Наставляемых педагогов
    [mentees_students] Наставляемых обучающихся
    [mentees_matched] Наставляемых в паре
    [mentees_unmatched] Наставляемых без пары
    [pairs_total] Пар и групп
    [young] Молодых педагогов (стаж до { $years } { $years ->
        [one] года
       *[other] лет
    })
    [young_with_mentor] Из них с наставником
    [meetings_month] Встреч в этом месяце
    [pairs_quiet] Пар без встреч { $days } дней
    [survey_invited] Анкет разослано
    [survey_completed] Анкет заполнено
    [satisfied_mentors] Довольны наставники, %
    [satisfied_mentees] Довольны наставляемые, %
    [roadmap_done] Мероприятий выполнено
    [roadmap_total] Мероприятий всего
    [roadmap_overdue] Мероприятий просрочено
    [stage] Этап
    [stage_title] Название этапа
    [activity] Мероприятие
    [due] Срок
    [activity_status] Статус мероприятия
   *[responsible] Ответственные
}
xlsx-kind = { $kind ->
    [teacher] педагог
   *[student] обучающийся
}
xlsx-yes = да
xlsx-pair-status = { $status ->
    [proposed] предложена
    [active] действует
    [ending] завершается досрочно
    [ended] завершена досрочно
    [completed] завершена
   *[other] не сложилась
}
xlsx-format = { $format ->
    [online] онлайн
   *[in_person] очно
}
xlsx-logged-by = { $role ->
    [mentor] наставник
   *[mentee] наставляемый
}
xlsx-meeting-status = { $status ->
    [confirmed] подтверждена
    [disputed] оспорена
   *[logged] ждёт подтверждения
}
xlsx-activity-status = { $status ->
    [done] выполнено
    [in_progress] в работе
    [skipped] пропущено
   *[planned] запланировано
}
report-btn-charts = 📈 Графики
chart-meetings-title = Встречи наставнических пар по месяцам
chart-meetings-axis = Встреч
chart-satisfaction-title = Удовлетворённость программой (общая оценка)
chart-satisfaction-mentors = Наставники
chart-satisfaction-mentees = Наставляемые
chart-satisfaction-axis = Оценка от 1 до 10
chart-roadmap-title = Дорожная карта: сроки мероприятий
chart-roadmap-today = сегодня
chart-roadmap-done = выполнено
chart-roadmap-overdue = просрочено
chart-roadmap-open = впереди или идёт
chart-roadmap-more = Показаны первые { $shown } { $shown ->
    [one] мероприятие
    [few] мероприятия
   *[other] мероприятий
} из { $total }; все — в Excel и в годовом отчёте.
chart-caption = { $chart ->
    [meetings] Встречи по месяцам за год.
    [satisfaction] Доли оценок 1–10: наставники и наставляемые (в скобках — сколько ответили).
   *[roadmap] Дорожная карта: зелёным — выполнено, красным — просрочено, пунктир — сегодня.
}
report-btn-year = 📄 Годовой отчёт (.docx)
report-year-caption = Отчёт о реализации программы наставничества: участники, пары, встречи, мониторинг, дорожная карта, открытые вопросы. Проверьте и дополните перед подписью.
report-all-title = <b>📊 Все организации</b>
report-all-org = <b>{ $org }</b>
    Наставники: { $mentors } · наставляемые: { $mentees }, в паре { $matched } · пар: { $pairs }
    Встреч в этом месяце: { $meetings } · пар без встреч { $days } { $days ->
    [one] день
    [few] дня
   *[other] дней
}: { $quiet } · дорожная карта: { $done }/{ $total }, просрочено { $overdue }
report-all-none = Организаций пока нет — создайте первую: /neworg.
report-btn-all = 🏫 Все организации
report-btn-org = 📊 { $org }
report-btn-summary = 📥 Сравнительная таблица (.xlsx)
report-summary-caption = Показатели всех организаций в одной таблице: строка — организация.

## Годовой отчёт (документ Word). Имена и названия вставляет код, не переводчик.

doc-year-title = Отчёт о реализации программы наставничества
doc-year-date = по состоянию на { $date }
doc-year-participants = Участники программы
doc-year-pairs = Наставнические пары и группы
doc-year-meetings = Встречи наставнических пар
doc-year-monitoring = Результаты мониторинга
doc-year-roadmap = Выполнение дорожной карты
doc-year-issues = Открытые вопросы
doc-year-fig = { $f ->
    [mentors] Утверждено наставников
    [trained] Из них прошли обучение
    [teachers] Наставляемых педагогов
    [students] Наставляемых обучающихся
    [matched] Наставляемых в парах
    [unmatched] Наставляемых без пары
    [young] Молодых педагогов (стаж до { $years } { $years ->
        [one] года
       *[other] лет
    }) с наставником
    [pairs] Пар и групп всего
    [meetings_year] Встреч за 12 месяцев
    [meetings_month] Встреч в текущем месяце
    [quiet] Пар без встреч больше { $days } дней
    [surveys] Анкет заполнено
    [satisfied_mentors] Довольны программой наставники (8–10 из 10)
    [satisfied_mentees] Довольны программой наставляемые (8–10 из 10)
    [roadmap_done] Мероприятий выполнено
   *[roadmap_overdue] Мероприятий просрочено
}
doc-year-col-kind = Тип встречи
doc-year-col-meetings = Встреч
doc-year-scores-mentors = Наставники: средняя оценка по каждому вопросу анкеты удовлетворённости (от 1 до 10)
doc-year-scores-mentees = Наставляемые: средняя оценка по каждому вопросу анкеты удовлетворённости (от 1 до 10)
doc-year-col-question = Вопрос
doc-year-col-mean = Средняя оценка
doc-year-col-answered = Ответов
doc-year-col-stage = Этап
doc-year-col-activity = Мероприятие
doc-year-col-due = Срок
doc-year-col-status = Статус
doc-year-overdue = просрочено
doc-year-issue-unmatched = Наставляемых без пары: { $count }. Нужно подобрать наставников или оказать поддержку.
doc-year-issue-quiet = Пар без встреч больше { $days } { $days ->
    [one] дня
   *[other] дней
}: { $count }. Нужно выяснить, нужна ли им помощь.
doc-year-issue-overdue = Просрочено мероприятий дорожной карты: { $count }.
doc-year-issue-none = Открытых вопросов нет.
report-file-xlsx = Учёт наставничества.xlsx
report-file-summary = Организации.xlsx
report-file-year = Отчёт { $year }-{ $next }.docx
