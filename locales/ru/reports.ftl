## Отчёты координатора.

report-title = <b>📊 Программа наставничества — { $org }</b>, на { $date }
report-mentors = 👩‍🏫 <b>Наставники:</b> утверждено { $approved }, прошли обучение { $trained }, без свободных мест { $full }
report-mentees = 🧑‍🎓 <b>Наставляемые:</b> педагогов { $teachers }, обучающихся { $students }; в паре { $matched }, без пары { $unmatched }
report-pairs = 🤝 <b>Пары и группы:</b> { $count }
report-pairs-form = { "   " }• { $form } — { $count }
report-young = 🌱 <b>Молодые педагоги</b> (стаж до { $years } лет) с наставником: { $part } из { $whole } ({ $share } %)
report-meetings = 📅 <b>Встречи:</b> в этом месяце { $count }; пар без встреч больше { $days } дней — { $quiet }
report-surveys = 📝 <b>Анкеты:</b> заполнено { $completed } из { $invited }; довольны (8–10 из 10): наставники { $mentors_share ->
    [-1] —
   *[other] { $mentors_share } %
}, наставляемые { $mentees_share ->
    [-1] —
   *[other] { $mentees_share } %
}
report-roadmap = 🗺 <b>Дорожная карта:</b> выполнено { $done } из { $total }, просрочено { $overdue }
