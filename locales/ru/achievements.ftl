## Достижения участников, поощрения наставников, методическая копилка (/achievements).

ach-kind = { $kind ->
    [competition] Конкурс
    [open_lesson] Открытый урок
    [category] Квалификационная категория
    [publication] Публикация
    [olympiad] Олимпиада ученика
   *[other] Другое
}
ach-result = { $result ->
    [winner] Победитель
    [prize] Призёр
    [participant] Участник
   *[other] { "" }
}
ach-reward = { $kind ->
    [thanks] Благодарность
    [certificate] Грамота
    [bonus] Премия (стимулирующая выплата)
    [mentor_of_year] «Наставник года»
   *[best_pair] «Лучшая пара»
}

ach-list-title = { $scope ->
    [org] <b>Достижения участников программы</b> ({ $count })
   *[mine] <b>Достижения</b> — { $you ->
        [ty] твои и твоей пары
       *[vy] ваши и вашей пары
    } ({ $count })
}
ach-list-item = { $number }. { $date } — <b>{ $name }</b>: { ach-kind }{ $result ->
    [none] { "" }
   *[other] { " " }({ ach-result })
}. { $title }{ $file ->
    [true] { " " }📎
   *[other] { "" }
}
ach-list-empty = { $you ->
    [ty] Достижений пока нет. Запиши первое: конкурс, олимпиаду, проект, выступление.
   *[vy] Достижений пока нет. Запишите первое: конкурс, открытый урок, категорию, публикацию, олимпиаду ученика.
}
ach-btn-file = 📎 { $number }
ach-btn-add = ➕ Записать достижение
ach-btn-rewards = 🎖 Поощрения
ach-btn-practices = 📚 Методическая копилка
ach-btn-reward-add = ➕ Поощрить наставника
ach-btn-practice-add = ➕ Поделиться практикой
ach-btn-me = Я
ach-btn-no-result = Без результата
ach-btn-skip = Пропустить
ach-btn-save = ✅ Сохранить
ach-btn-practice-file = 📎 Файл практики
ach-btn-back = ‹ К копилке

ach-ask-who = Чьё достижение записываем?
ach-ask-who-search =
    Чьё достижение записываем? Напишите часть фамилии участника или нажмите «Я».

    Отменить — /cancel
ach-found = Найдено: { $count }. Выберите участника:
ach-found-none = Никого не нашёл. Напишите часть фамилии иначе.
ach-use-buttons = Выберите вариант кнопкой под вопросом.
ach-ask-kind = Что за достижение?
ach-ask-result = { ach-kind } — какой результат?
ach-ask-title =
    Напишите название: { $kind ->
        [competition] конкурс и его уровень, например: муниципальный конкурс «Педагогический дебют».
        [open_lesson] тема и класс, например: открытый урок «Дроби», 5 «А».
        [category] какая категория и по какой должности, например: первая категория, учитель.
        [publication] название и где опубликовано.
        [olympiad] олимпиада, предмет, этап, например: ВсОШ по математике, муниципальный этап.
       *[other] коротко, что достигнуто.
    }
ach-ask-day = Когда? Напишите дату, например: <i>15.10.2026</i>, <i>15 октября</i> или <i>вчера</i>.
ach-ask-file = Приложите файл (диплом, сертификат, приказ) документом или фото — или нажмите «Пропустить».
ach-confirm =
    <b>Проверьте запись</b>
    Участник: { $name }
    { ach-kind }{ $result ->
        [none] { "" }
       *[other] { " " }— { ach-result }
    }
    { $title }
    Дата: { $date }
    Файл: { $file ->
        [true] приложен
       *[other] нет
    }
ach-saved = Сохранено
ach-saved-note = ✅ Достижение записано. Все достижения — /achievements
ach-already-saved = Эта запись уже сохранена.

ach-error-title = Напишите название текстом — от 2 до 300 символов.
ach-error-description = Опишите практику текстом — от 10 до 1500 символов.
ach-error-note = Напишите примечание текстом — до 200 символов — или нажмите «Пропустить».
ach-error-search = Напишите хотя бы две буквы фамилии.
ach-error-file = Пришлите файл документом или фото — или нажмите «Пропустить».
ach-error-day-future = Эта дата ещё не наступила. Напишите дату, когда это уже произошло.
ach-error-day-old = Дата слишком давняя — больше пяти лет назад. Проверьте число и год.

ach-rewards-title = <b>Поощрения наставников</b> ({ $count })
ach-rewards-empty = Поощрений пока нет.
ach-reward-item = { $number }. { $date } — <b>{ $name }</b>: { ach-reward }{ $note ->
    [none] { "" }
   *[other] { " " }{ $note }
}
ach-reward-ask-who =
    Кого поощряем? Напишите часть фамилии наставника.

    Отменить — /cancel
ach-reward-ask-kind = <b>{ $name }</b> — какое поощрение?
ach-reward-ask-day = Дата поощрения (приказа)? Например: <i>25.05.2027</i>.
ach-reward-ask-note = Примечание, например номер приказа: <i>приказ № 45-к</i>. Или нажмите «Пропустить».
ach-reward-confirm =
    <b>Проверьте поощрение</b>
    Наставник: { $name }
    { ach-reward }, { $date }
    { $note }
ach-reward-saved = ✅ Поощрение записано. Все поощрения — /achievements

ach-practices-title = <b>Методическая копилка</b> — лучшие практики наставничества ({ $count }). Открыть — кнопкой с номером.
ach-practices-empty = { $you ->
    [ty] В копилке пока пусто. Поделись практикой: что сработало в твоей паре.
   *[vy] В копилке пока пусто. Поделитесь практикой: что сработало в вашей паре.
}
ach-practice-item = { $number }. <b>{ $title }</b> ({ $date })
    { $about }
ach-practice-card =
    <b>{ $title }</b>
    { $date }{ $author ->
        [none] { "" }
       *[other] , { $author }
    }

    { $about }
ach-practice-ask-title =
    Как назвать практику? Коротко, например: «Взаимопосещение уроков с листом наблюдения».

    Отменить — /cancel
ach-practice-ask-description = Опишите практику: что делали, что получилось, кому подойдёт (до 1500 символов).
ach-practice-ask-file = Приложите материалы (разработку, презентацию) документом или фото — или нажмите «Пропустить».
ach-practice-confirm =
    <b>Проверьте практику</b>
    <b>{ $title }</b>
    { $about }
    Файл: { $file ->
        [true] приложен
       *[other] нет
    }
ach-practice-saved = ✅ Практика добавлена в методическую копилку. Копилка — /achievements
