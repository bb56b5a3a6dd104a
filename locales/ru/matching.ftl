## Подбор наставника: почему наставник предложен (одна короткая строка на фактор).

match-need = { $need ->
    [methodology] методика
    [classroom_management] дисциплина в классе
    [form_tutoring] классное руководство
    [parents] работа с родителями
    [documentation] документация
    [subject_content] предметное содержание
    [digital_tools] цифровые инструменты
    [exams_olympiads] ГИА и олимпиады
    [special_needs] дети с ОВЗ
    [projects_research] проекты и исследования
    [career_guidance] профориентация
    [team_adaptation] адаптация в коллективе
    [self_organisation] самоорганизация
   *[other] другое
}

match-level = { $level ->
    [preschool] дошкольное образование
    [primary] начальная школа
    [basic] основная школа
    [secondary] старшая школа
    [vocational] СПО
    [additional] доп. образование
   *[other] { $level }
}

mentorship-form = { $form ->
    [teacher_teacher] учитель – учитель
    [teacher_student] учитель – ученик
    [student_student] ученик – ученик
    [college_student_pupil] студент – ученик
    [employer_student] работодатель – ученик
    [leader_teacher] руководитель – учитель
   *[other] { $form }
}

match-reason-subject = • Предмет: { $subjects } (+{ $points })
match-reason-no-subject = • Нет общего предмета ({ $points })
match-reason-level = • Уровень: { match-level } (+{ $points })
match-reason-requests = • Запросы: { $covered ->
    [one] закрыт
   *[other] закрыты
} { $covered } из { $wanted } — { $list } (+{ $points })
match-reason-no-requests = • Запросы: ни один не закрыт ({ $points })
match-reason-experience = • Стаж: { $years } { $years ->
    [one] год
    [few] года
   *[other] лет
} (+{ $points })
match-reason-form = • Форма: { mentorship-form } (+{ $points })
match-reason-capacity = • Свободных мест: { $free } из { $capacity } (+{ $points })
match-reason-same_org = • Та же организация (+{ $points })
match-reason-trained = • Обучение наставников пройдено (+{ $points })
