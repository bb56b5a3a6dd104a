## Отчёты куратора.

report-title = <b>📊 Программа наставничества — { $org }</b>, на { $date }
report-mentors = 👩‍🏫 <b>Наставники:</b> утверждено { $approved }, прошли обучение { $trained }, без свободных мест { $full }
report-mentees = 🧑‍🎓 <b>Наставляемые:</b> педагогов { $teachers }, обучающихся { $students }; в паре { $matched }{ $proposed ->
    [0] { "" }
   *[other] , пара предложена { $proposed }
}, без пары { $unmatched }{ $no_form ->
    [0] { "" }
   *[other] { " " }(из них анкета не заполнена: { $no_form })
}
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
    [support] ⚠ чувствительные сведения (здоровье): только для кураторов
   *[other] ⚠ может содержать сведения о выгорании: только для кураторов
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
    [school_year] Учебный год
    [indicator] Показатель
    [definition] Как считается
    [source] Источник
    [counted] Учтено
    [denominator] Из (знаменатель)
    [percent] Доля, %
    [note] Примечание
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
    [meetings] Встречи по месяцам учебного года.
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
    [meetings_year] Встреч за учебный год
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
doc-year-col-before = В начале
doc-year-col-after = В конце
doc-year-col-change = Изменение
doc-year-growth-caption = До и после: одни и те же вопросы в начале работы пары и в конце (средние 1–10; «—» — ответивших меньше трёх, чтобы не раскрыть чьи-то ответы).
doc-year-growth-side = { $side ->
    [mentor] Наставники
   *[mentee] { $kind ->
        [student] Наставляемые обучающиеся
       *[teacher] Наставляемые педагоги
    }
}
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

## Учебный год и официальные показатели (bot/services/indicators.py).

report-school-year = 📅 <b>{ $year } учебный год</b>{ $current ->
    [True] { "" } (текущий)
   *[other] { "" } — итоги года
}
report-pairs-year = 🤝 <b>Пары и группы, работавшие в этом учебном году:</b> { $count }
report-meetings-year = 📅 <b>Встреч за учебный год:</b> { $count }
report-ind-title = <b>📐 Показатели</b> (доля от численности, которую вносит куратор)
report-ind-line = • { $name }: { $value }
report-ind-name = { $code ->
    [pupil_mentees] Обучающиеся 10–19 лет — наставляемые
    [pupil_mentors] Обучающиеся 15–19 лет — наставники
    [young_teachers] Педагоги до 35 лет с наставником
    [young_specialists] Молодые специалисты (первые { $years } года работы) с наставником
    [teacher_mentors] Педагоги — наставники
    [mentors_trained] Наставники, прошедшие обучение
    [partners] Организации-партнёры, давшие наставников
    [satisfaction_mentors] Удовлетворённость наставников (пункты анкеты МР-42/02, 8–10 из 10)
   *[satisfaction_mentees] Удовлетворённость наставляемых (пункты анкеты МР-42/02, 8–10 из 10)
}
report-ind-share = { $part } из { $whole } ({ $share } %)
report-ind-number = { $count }
report-ind-missing = { $part } из ? — нет численности «{ $total }»
report-ind-hint = Доли без численности не считаются: внесите её кнопкой «✏️ Численность для показателей».
report-ind-zero = { $part } из 0 — доля не считается: численность «{ $total }» внесена как 0
report-ind-none = { $kind ->
    [satisfaction] ответов на анкеты пока нет
   *[other] в этом году участников нет
}
report-ind-unknown = { $code ->
    [young_specialists] (без стажа не учтено: { $count })
   *[other] (без года рождения не учтено: { $count })
}
report-total-name = { $key ->
    [pupils] обучающихся всего
    [pupils_10_19] обучающихся 10–19 лет
    [pupils_15_19] обучающихся 15–19 лет
    [teachers] педагогов всего
    [teachers_under_35] педагогов до 35 лет
   *[young_specialists] молодых специалистов (первые 3 года работы)
}
report-btn-totals = ✏️ Численность для показателей
report-btn-school-year = { $chosen ->
    [True] • { $year }
   *[other] { $year }
}
report-totals-intro = <b>Численность на { $year } учебный год</b> — знаменатели показателей. Вводите целые числа; если число неизвестно, пропустите вопрос: показатель так и скажет, что его нет.
report-totals-ask = { $step } из { $steps }. Сколько <b>{ $total }</b> в организации в { $year } учебном году?{ $current ->
    [-1] {""}
   *[other] { "" } Сейчас внесено: { $current }.
}
report-totals-btn-keep = ⏭ Оставить как есть
report-totals-btn-skip = ⏭ Пропустить (неизвестно)
report-totals-saved = ✅ Численность на { $year } учебный год сохранена.
report-totals-line = • { $total }: { $value }
report-totals-error-number = Нужно целое число, например 450.
report-totals-error-big = Слишком большое число: не больше { $max }. Проверьте, нет ли опечатки.
report-totals-error-part = Часть больше целого: { $part ->
    [pupils_10_19] обучающихся 10–19 лет
    [pupils_15_19] обучающихся 15–19 лет
    [teachers_under_35] педагогов до 35 лет
   *[young_specialists] молодых специалистов
} ({ $part_value }) не может быть больше, чем { $whole ->
    [pupils] обучающихся всего
    [pupils_10_19] обучающихся 10–19 лет
   *[teachers] педагогов всего
} ({ $whole_value }). Введите число ещё раз.
report-error-year = Такого учебного года в отчётах нет.
report-item-ours = (пункт программы, не из анкет МР-42/02: в долю довольных не входит)
xlsx-sheet-indicators = Показатели
xlsx-ind-missing = не внесена численность «{ $total }»: доля не считается
xlsx-ind-source = { $source ->
    [R145] Распоряжение Минпросвещения России от 25.12.2019 № Р-145 (целевая модель наставничества)
    [MR42] Письмо Минпросвещения России от 23.01.2020 № МР-42/02 (методические рекомендации, анкеты мониторинга)
   *[AZ1128] Письмо Минпросвещения России и Профсоюза от 21.12.2021 № АЗ-1128/08/657 (наставничество педагогов)
}
xlsx-ind-def = { $code ->
    [pupil_mentees] Обучающиеся в возрасте 10–19 лет (по году рождения), которые были наставляемыми в парах или группах, работавших в учебном году, — от всех обучающихся 10–19 лет организации
    [pupil_mentors] Обучающиеся организации 15–19 лет (по году рождения), которые были наставниками в парах, работавших в учебном году, — от всех обучающихся 15–19 лет
    [young_teachers] Педагоги до 35 лет (по году рождения), которые были наставляемыми в парах учебного года, — от всех педагогов до 35 лет
    [young_specialists] Педагоги со стажем до { $years } лет, которые были наставляемыми в парах учебного года, — от всех молодых специалистов организации
    [teacher_mentors] Педагоги организации, которые были наставниками в парах учебного года, — от всех педагогов
    [mentors_trained] Наставники пар учебного года, отмеченные как прошедшие обучение к концу года, — от всех наставников этих пар
    [partners] Число организаций-партнёров, сотрудники или студенты которых были наставниками в парах учебного года
    [satisfaction_mentors] Наставники, чья средняя оценка по официальным пунктам анкеты удовлетворённости (МР-42/02) — 8–10 из 10, от всех ответивших в учебном году; анонимные опросы — по правилу анонимности
   *[satisfaction_mentees] Наставляемые, чья средняя оценка по официальным пунктам анкеты удовлетворённости (МР-42/02) — 8–10 из 10, от всех ответивших в учебном году; анонимные опросы — по правилу анонимности
}

## Годовой отчёт «за учебный год»: разделы, которые добавляет подготовка отчёта (handlers/year_report.py).

doc-report-title-of = Отчёт о реализации программы (системы) наставничества за { $first }/{ $second } учебный год
doc-report-general = Общие сведения
doc-report-period = Отчётный период
doc-report-act = { $kind ->
    [regulation] Положение о системе наставничества
    [programme_order] Приказ об утверждении программы наставничества
   *[pairs_order] Приказ о закреплении наставнических пар/групп
}
doc-report-act-missing = не указано
doc-report-curator = Куратор программы
doc-report-forms-caption = Пары и группы учебного года по формам наставничества
doc-report-col-form = Форма наставничества
doc-report-col-pairs = Пар и групп
doc-report-col-people = Участников
doc-report-col-working = Работают сейчас
doc-report-pairs-appendix = Список пар и групп учебного года ({ $count }) — в приложении.
doc-report-indicators = Показатели программы
doc-report-col-indicator = Показатель
doc-report-col-value = Значение
doc-report-ind = { $i ->
    [young] Молодые педагоги с наставником (от молодых педагогов-наставляемых)
    [trained] Наставники, прошедшие обучение (от утверждённых наставников)
    [partners] Организации-партнёры, предоставившие наставников
    [satisfied_mentors] Удовлетворённость наставников (8–10 из 10)
   *[satisfied_mentees] Удовлетворённость наставляемых (8–10 из 10)
}
doc-report-swot = SWOT-анализ программы (по анкете «Качество программы наставничества»)
doc-report-swot-count = Учтено анкет: { $count }.
doc-report-swot-hidden = Анонимных опросов не показано: { $count } — опрос ещё не закрыт или в нём меньше трёх ответов (правило анонимности).
doc-report-swot-none = В этом учебном году анкета качества программы не заполнялась — её можно разослать куратору в /campaigns.
doc-report-col-swot-part = Раздел
doc-report-col-swot-answers = Ответы
doc-report-swot-part = { $part ->
    [strengths] Сильные стороны
    [weaknesses] Слабые стороны
    [opportunities] Возможности
    [threats] Риски (угрозы)
   *[recommendations] Предложения на следующий год
}
doc-report-outcomes = Результаты: достижения участников, поощрения наставников, лучшие практики
doc-report-achievements = Достижения участников
doc-report-achievements-none = Достижения участников за учебный год не записаны.
doc-report-rewards = Поощрения наставников
doc-report-rewards-none = Поощрения наставников за учебный год не записаны.
doc-report-practices = Лучшие практики (методическая копилка)
doc-report-practices-none = Лучшие практики за учебный год не добавлены.
doc-report-col-date = Дата
doc-report-col-participant = Участник
doc-report-col-achievement = Достижение
doc-report-col-mentor = Наставник
doc-report-col-reward = Поощрение
doc-report-col-practice = Практика
doc-report-col-author = Автор
doc-report-conclusions = Выводы и задачи на следующий учебный год
doc-report-conclusions-none = Выводы не записаны.
doc-report-col-conclusions = Выводы
doc-report-col-tasks = Задачи на следующий год
doc-report-sign-curator = Куратор программы наставничества
doc-report-sign-head = Руководитель организации
doc-report-appendix-pairs = Приложение. Список наставнических пар и групп за { $year } учебный год
doc-report-pair-status = { $status ->
    [active] работает
    [ending] завершается
    [ended] прекращена досрочно
   *[completed] завершена
}
