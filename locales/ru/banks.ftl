## Базы наставников и наставляемых, подбор наставника, формирование пары из базы.

bank-title = { $kind ->
    [m] <b>База наставников</b>
   *[e] <b>База наставляемых</b>
} — { $count } { $count ->
    [one] человек
    [few] человека
   *[other] человек
}
bank-empty = { $kind ->
    [m] Нет кандидатов в наставники с такими условиями.
   *[e] Нет наставляемых с такими условиями.
}
bank-any = все
bank-years = { $years } { $years ->
    [one] год
    [few] года
   *[other] лет
}
bank-status = { $status ->
    [new] анкета заполнена, решение не принято
    [approved] { $gender ->
        [m] утверждён наставником
        [f] утверждена наставником
       *[x] в числе наставников
    }
    [trained] { $gender ->
        [m] утверждён, обучение пройдено
        [f] утверждена, обучение пройдено
       *[x] в числе наставников, обучение пройдено
    }
    [rejected] { $gender ->
        [m] не отобран
        [f] не отобрана
       *[x] кандидатура не отобрана
    }
    [no_form] анкета не заполнена
   *[other] { $status }
}
bank-state = { $state ->
    [unmatched] без пары
    [proposed] пара предложена, ждём ответа
    [completed] программа выполнена
   *[matched] в паре
}
bank-mentor-line = <b>{ $name }</b> — { $who ->
    [student] обучающийся, { $subject }
    [external] от организации-партнёра, { $subject }
   *[teacher] { $subject }, стаж { $experience }
}; { bank-status }; наставляемых { $load } из { $capacity }
bank-mentee-line = <b>{ $name }</b> — { $kind ->
    [teacher] педагог
   *[student] обучающийся
}, { $subject }; { bank-state }{ $support ->
    [yes] ; 🧡 поддержка психолога
   *[no] { "" }
}
bank-filter-status = Статус: { $value ->
    [any] все
    [new] без решения
    [approved] утверждены
    [trained] обучены
    [rejected] не отобраны
    [no_form] без анкеты
    [unmatched] без пары
    [proposed] предложена пара
    [matched] в паре
   *[other] { $value }
}
bank-filter-form = Форма: { $value }
bank-filter-exp = Стаж: { $value ->
    [any] любой
    [upto3] до 3 лет
    [upto10] 3–10 лет
   *[other] 10 лет и больше
}
bank-filter-who = Кто: { $value ->
    [teacher] педагоги
    [student] обучающиеся
    [external] от партнёров
   *[any] все
}
bank-filter-matched = В паре: { $value ->
    [yes] да
    [no] нет
   *[other] все
}
bank-filter-subject = 🔎 Предмет: { $value }
bank-filter-reset = Сбросить фильтры
bank-ask-subject = Напишите предмет или его часть, например «математика». Покажу тех, у кого он есть в анкете или профиле.
bank-no-form = <i>Анкета не заполнена.</i>
bank-card-mentor =
    <b>{ $name }</b>
    Должность: { $position }
    Предмет: { $subject }
    Стаж: { $experience }
    Статус: { bank-status }
    Наставляемых: { $load } из { $capacity }
bank-card-mentor-student =
    <b>{ $name }</b> — наставник-обучающийся
    Статус: { bank-status }
    Наставляемых: { $load } из { $capacity }
bank-card-mentor-external =
    <b>{ $name }</b> — наставник от организации-партнёра
    Организация и должность: { $position }
    Профессия / сфера: { $subject }
    Статус: { bank-status }
    Наставляемых: { $load } из { $capacity }
bank-card-mentee =
    <b>{ $name }</b> — { $kind ->
        [teacher] наставляемый педагог
       *[student] наставляемый обучающийся
    }
    Должность или класс: { $position }
    Предмет: { $subject }
    Статус: { bank-state }, с { $since }
bank-card-trained = Обучение наставников пройдено: { $date }
bank-card-reason = Причина решения: { $reason }
bank-card-declined = ⚠️ Предложенная пара не сложилась или прежняя завершилась досрочно — нужен другой наставник.
bank-card-support = 🧡 { $gender ->
    [m] Отмечен для психологической поддержки.
    [f] Отмечена для психологической поддержки.
   *[x] Отметка: нужна психологическая поддержка.
}
bank-card-guardian = Согласие { $gender ->
    [m] дал
    [f] дала
   *[x] дано
}: { $name } ({ $relation ->
    [mother] мать
    [father] отец
   *[guardian] законный представитель
})
bank-btn-approve = ✅ Утвердить наставником
bank-btn-trained = 🎓 Обучение пройдено (сегодня)
bank-btn-reject = Не отбирать…
bank-btn-suggest = 🔎 Подобрать наставника
bank-btn-support = { $on ->
    [yes] Снять отметку о поддержке
   *[no] 🧡 Нужна поддержка психолога
}
bank-btn-back = ← К списку
bank-approved = { $gender ->
    [m] { $name } утверждён наставником. Ему пришло сообщение.
    [f] { $name } утверждена наставником. Ей пришло сообщение.
   *[x] { $name } — теперь наставник программы; сообщение об этом отправлено.
}
bank-trained = Отмечено: обучение наставников пройдено.
bank-support-set = { $on ->
    [yes] Отмечено: { $gender ->
        [m] наставляемому нужна психологическая поддержка. Он будет
        [f] наставляемой нужна психологическая поддержка. Она будет
       *[x] нужна психологическая поддержка. Наставляемый будет
    } в списке /unmatched, пока не найдётся пара.
   *[no] Отметка о поддержке снята.
}
bank-ask-reason = { $gender ->
    [m] Почему { $name } не отобран в наставники?
    [f] Почему { $name } не отобрана в наставники?
   *[x] Почему кандидатура { $name } не отобрана в наставники?
} Напишите коротко — человек увидит этот текст.
bank-rejected = Решение сохранено, { $gender ->
    [m] { $name } получил сообщение с причиной.
    [f] { $name } получила сообщение с причиной.
   *[x] сообщение с причиной отправлено: { $name }.
}
bank-error-approve-first = Сначала утвердите кандидата наставником.
bank-error-reason = Напишите причину текстом, до { $limit } { $limit ->
    [one] символа
   *[other] символов
}.
bank-error-has-pairs = У наставника есть действующие пары. Сначала завершите их в /pairs.
bank-notify-approved = { $learner ->
    [yes] 🎉 Тебя утвердили наставником в программе наставничества. Куратор подберёт тебе наставляемого; предложение пары придёт сюда (его подтверждает твой родитель, если тебе нет 18).
   *[no] 🎉 Вас утвердили наставником в программе наставничества. Куратор подберёт вам наставляемого; предложение пары придёт сюда.
}
bank-notify-rejected = { $you ->
    [ty] Спасибо за анкету наставника. В этот раз куратор не включил тебя в число наставников. Причина: { $reason }
   *[vy] Спасибо, что заполнили анкету наставника. В этот раз куратор не включил вас в число наставников. Причина: { $reason }
}
bank-notify-unmatched = 🔔 Наставляемые без пары: { $count }, из них ждут больше { $days } { $days ->
    [one] дня
   *[other] дней
} или пара не сложилась: { $waiting }{ $support ->
    [0] .
   *[other] ; с отметкой о психологической поддержке: { $support }.
} Список и подбор наставника — /unmatched.
bank-unmatched-title = <b>Наставляемые без пары</b> — { $count }{ $count ->
    [0] { "" }
   *[other] { "" } (в программе, согласия даны, пары нет и не предложена); из них ждут больше { $days } { $days ->
        [one] дня
       *[other] дней
    }, пара не сложилась или нужна поддержка: { $waiting }{ $no_form ->
        [0] { "" }
       *[other] ; анкета не заполнена: { $no_form }
    }
}
bank-unmatched-line = { $number }. { $name } — ждёт с { $since }{ $long ->
    [yes] { " " }⏳
   *[no] { "" }
}{ $declined ->
    [yes] ; пара не сложилась или завершилась досрочно
   *[no] { "" }
}{ $support ->
    [yes] ; 🧡 поддержка
   *[no] { "" }
}{ $form ->
    [no] ; анкета не заполнена
   *[yes] { "" }
}
bank-unmatched-none = Все наставляемые в парах или им предложена пара. 👍

## Подбор наставника: кого предложить.

match-title = <b>Кого предложить в наставники: { $name }</b>
    Лучшие совпадения сверху; в скобках — баллы за каждый фактор.
match-line = <b>{ $number }. { $name }</b> — { $score } { $score ->
    [one] балл
    [few] балла
   *[other] баллов
}, свободно мест: { $free } из { $capacity }
match-none = Подходящих наставников нет: у утверждённых наставников не осталось мест или они не работают в нужной форме. Утвердите новых кандидатов в /mentors.
match-btn-choose = Выбрать { $number }: { $name }

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
match-reason-grade = • Старше наставляемого на { $gap } { $gap ->
    [one] класс
    [few] класса
   *[other] классов
} (+{ $points })
match-reason-form = • Форма: { mentorship-form } (+{ $points })
match-reason-capacity = • Свободных мест: { $free } из { $capacity } (+{ $points })
match-reason-same_org = • Та же организация (+{ $points })
match-reason-trained = • Обучение наставников пройдено (+{ $points })

## Формирование пары из базы: форма, срок, группа, предложение участникам.

draft-ask-form = Выберите форму наставничества:
draft-no-form = Ни одна форма наставничества не подходит этой паре: кто наставник (педагог, обучающийся, специалист организации-партнёра) и кто наставляемый (педагог или обучающийся), определяет возможные формы. Выберите другого наставника.
draft-btn-variant = { $on ->
    [yes] ☑
   *[no] ☐
} { $variant ->
    [reverse] Реверсивное: младший наставляет старшего
    [virtual] Виртуальное: встречи онлайн
    [short_term] Краткосрочное: одна цель
   *[other] { $variant }
}
draft-ask-term = До какого числа работает пара? Начало — сегодня.
draft-term = { $term ->
    [year] До конца учебного года ({ $date })
    [3] 3 месяца (до { $date })
    [6] 6 месяцев (до { $date })
   *[other] 1 год (до { $date })
}
draft-summary =
    <b>Проверьте пару перед отправкой</b>
    Наставник: { $mentor }
    Наставляемые: { $mentees }
    Форма: { mentorship-form }
    Срок: { $starts } — { $ends }
    Особенности: { $variants }
    У наставника свободно мест: { $free }

    Все участники получат предложение и подтвердят его в боте (согласие записывается). Можно добавить ещё наставляемых — получится группа.
draft-btn-more = ➕ Добавить наставляемого (группа)
draft-btn-send = 📨 Отправить предложение
draft-btn-cancel = Отменить
draft-btn-back = ← Назад
draft-ask-more = Кого добавить в группу? Подходящих без пары: { $count }, рядом — баллы совпадения с наставником.
draft-no-more = Других наставляемых без пары в этой форме нет.
draft-sent = Предложение пары № { $id } отправлено: { $count } { $count ->
    [one] участник
    [few] участника
   *[other] участников
}. Когда все ответят, я сообщу.
draft-cancelled = Подбор отменён, ничего не сохранено.
