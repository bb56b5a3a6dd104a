## Документы Word (этап 5 дорожной карты): проект приказа о закреплении наставнических пар/групп
## и персонализированная программа наставничества. Имена, должности и названия вставляет код, не переводчик.

doc-form = { $form ->
    [teacher_teacher] учитель – учитель
    [teacher_student] учитель – ученик
    [student_student] ученик – ученик
    [college_student_pupil] студент – ученик
    [employer_student] работодатель – ученик
    [leader_teacher] руководитель – учитель
   *[other] { $form }
}
doc-term-open = с { $date }

doc-order-heading = ПРИКАЗ
doc-order-number = № ____
doc-order-title = О закреплении наставнических пар/групп
doc-order-preamble = В соответствии со статьёй 351.8 Трудового кодекса Российской Федерации, Положением о системе наставничества и дорожной картой внедрения системы наставничества в организации, на основании письменных согласий наставников на осуществление наставничества и согласий наставляемых (законных представителей несовершеннолетних наставляемых), в целях адаптации, профессионального и личностного развития наставляемых,
doc-order-command = ПРИКАЗЫВАЮ:
doc-order-item-pairs = Закрепить наставнические пары/группы в составе согласно приложению к настоящему приказу.
doc-order-item-programmes = Наставникам совместно с наставляемыми разработать персонализированные программы наставничества и представить их куратору в срок до __.__.____.
doc-order-item-curator = Куратору персонализированных программ наставничества ({ $name }) обеспечить организационно-методическое сопровождение наставнических пар/групп, учёт и мониторинг реализации персонализированных программ наставничества.
doc-order-item-control = Контроль за исполнением настоящего приказа оставляю за собой.
doc-order-signature = Руководитель _______________ / _______________
doc-order-acquainted = С приказом ознакомлены:
doc-order-appendix = Приложение к приказу от { $date } № ____
doc-order-appendix-title = Состав наставнических пар/групп
doc-order-col-number = № п/п
doc-order-col-mentor = Наставник (ФИО, должность)
doc-order-col-mentees = Наставляемый(-е) (ФИО, должность/класс)
doc-order-col-form = Форма наставничества
doc-order-col-term = Срок (с — по)
doc-order-no-pairs = Наставнические пары/группы пока не сформированы.

doc-programme-title = Персонализированная программа наставничества
doc-programme-mentor = Наставник
doc-programme-mentees = Наставляемый(-е)
doc-programme-form = Форма наставничества
doc-programme-term = Срок реализации
doc-programme-goals = Цели и задачи
doc-programme-goal = Цель { $number }.
doc-programme-other-tasks = Другие задачи
doc-programme-no-tasks = Задачи пока не поставлены.
doc-programme-empty = Цели и задачи программы пока не определены.
doc-programme-col-number = №
doc-programme-col-task = Задача
doc-programme-col-due = Срок
doc-programme-col-mark = Отметка о выполнении
doc-task-done = выполнено { $date }
doc-programme-signatures = Подписи:
doc-programme-sign-mentor = Наставник
doc-programme-sign-mentee = Наставляемый
doc-programme-sign-curator = Куратор

## Годовой отчёт.
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
    [young] Молодых педагогов (стаж до { $years } лет) с наставником
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
doc-year-issue-quiet = Пар без встреч больше { $days } дней: { $count }. Нужно выяснить, нужна ли им помощь.
doc-year-issue-overdue = Просрочено мероприятий дорожной карты: { $count }.
doc-year-issue-none = Открытых вопросов нет.
