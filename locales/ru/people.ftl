## Участники организации (/people): список по ролям, поиск, карточка, роли, завершение участия, новая ссылка.

people-title = <b>Участники — { $org }</b>: { $count }
people-pick = Выберите роль или найдите человека по фамилии.
people-empty = В программе пока никого нет. Пригласить участников — /invite
people-btn-role = { role-name } — { $count }
people-btn-all = Все — { $count }
people-btn-find = 🔍 Найти по фамилии
people-btn-back = ‹ Назад
people-btn-home = ‹ К ролям
people-list-title = <b>{ $role ->
    [all] Все участники
    [q] Поиск: «{ $query }»
   *[other] { role-name }
}</b> — { $count }
people-list-item = { $number }. { $name }{ $status ->
    [active] { "" }
    [registering] { " " }(регистрация не закончена)
   *[awaiting_parent] { " " }(ждёт согласия родителя)
} — { $roles }
people-list-none = Никого нет.
people-no-name = (имя ещё не указано)
people-ask-query = Напишите фамилию или имя (можно начало: <i>Иван</i>).
people-found-none = Никого не нашлось по запросу «{ $query }». Попробуйте иначе — или /people.
people-error-query = Напишите от 2 до 60 букв фамилии или имени.
people-card-title = <b>{ $name }</b> (№ { $id })
people-card-roles = Роли: { $roles }
people-card-status = Статус: { $status ->
    [active] участвует
    [registering] регистрация не закончена
   *[awaiting_parent] ждёт согласия родителя
}
people-card-position = Должность: { $value }
people-card-subject = Предмет / направление: { $value }
people-card-experience = Педагогический стаж: { $years ->
    [one] { $years } год
    [few] { $years } года
   *[other] { $years } лет
}
people-card-phone = Телефон: { $value }
people-card-parent = Согласие за ребёнка: { $value }
people-card-pairs = <b>Пары:</b>
people-card-pair = • № { $id }, { $form }, { $status }: { $is_mentor ->
    [yes] наставник для { $others }
   *[no] наставник — { $others }
}
people-card-consents = <b>Согласия:</b>
people-card-consent = • { $kind ->
    [pd] на обработку персональных данных
    [pd_external] на обработку персональных данных (наставник от партнёра)
    [student] ознакомление ученика
    [mentoring] наставника на пару № { $pair }
    [mentee_pair] наставляемого на пару № { $pair }
   *[parent] родителя (законного представителя)
} — { $action ->
    [given] дано
    [declined] не дано
   *[withdrawn] отозвано
} { $date }, версия { $version }
people-card-questionnaires = <b>Анкеты:</b>
people-card-questionnaire = • { $title } — { $status ->
    [submitted] отправлена { $date }
   *[other] заполняется
}
people-card-none = • нет
people-btn-roles = 👥 Изменить роли
people-btn-invite = 🔗 Новая ссылка-приглашение
people-btn-end = ⛔ Завершить участие
people-btn-card = ‹ К карточке
people-btn-list = ‹ К списку
people-roles-title = Роли участника <b>{ $name }</b>: { $roles }
people-roles-hint = Добавить или снять роль — кнопками ниже. Последнюю роль не снять: для этого завершите участие.
people-roles-fixed = Роль ученика или наставника от организации-партнёра даётся ссылкой-приглашением и согласием на неё; изменить её здесь нельзя. Нужна другая роль — пришлите участнику ссылку для неё (/invite).
people-btn-add = ➕ { role-name }
people-btn-remove = ➖ { role-name }
people-role-added = Роль «{ role-name }» добавлена: { $name }.
people-role-removed = Роль «{ role-name }» снята: { $name }.
people-end-ask =
    Завершить участие в программе: <b>{ $name }</b>?

    • Согласие на обработку данных действует, пока участник в программе, поэтому все данные участника в боте будут удалены сразу: профиль, анкеты, встречи, задачи; в журнале согласий останутся только номера и даты.
    • Пары участника завершатся (если участник — наставник) или продолжатся без него; остальные участники пар получат сообщение.
    • Участнику придёт сообщение, что участие завершено. Отменить это нельзя.
people-btn-end-confirm = Да, завершить участие
people-ended = Участие завершено: <b>{ $name }</b>. Данные удалены, участники пар получили сообщение. Проверьте бумажные списки и приказы.
people-invite-ask = Создать новую ссылку для <b>{ $name }</b> — роль «{ role-name }», одно использование, действует 7 дней? Старые ссылки продолжат действовать до своего срока (отозвать — /invites).
people-btn-invite-confirm = 🔗 Создать ссылку
people-invite-made =
    Новая ссылка для <b>{ $name }</b> (роль «{ role-name }», одноразовая, действует до { $expires }):
    { $link }

    Перешлите её человеку — он откроет её в { app-name }.
people-error-gone = Этого участника нет в вашей организации (или его участие уже завершено). Список — /people
people-error-role = Эту роль здесь нельзя добавить или снять. Откройте карточку участника заново — /people
people-error-last-coordinator = Это единственный куратор организации: сначала назначьте другого (/invite → «Куратор»), потом снимайте роль или завершайте участие.
people-error-in-pair = Участник состоит в действующей паре в этой роли. Сначала завершите пару (/pairs), потом снимайте роль.
people-error-self = Своё участие завершить здесь нельзя: ваши данные и отзыв согласия — /privacy.
people-notify-role-added = { $you ->
    [ty] Тебе добавлена роль «{ role-name }» (это сделал куратор программы). Что теперь доступно — /help
   *[vy] Вам добавлена роль «{ role-name }» (это сделал куратор программы). Что теперь доступно — /help
}
people-notify-role-removed = { $you ->
    [ty] С тебя снята роль «{ role-name }» (это сделал куратор программы). Твои команды — /help
   *[vy] С вас снята роль «{ role-name }» (это сделал куратор программы). Ваши команды — /help
}
people-notify-ended = { $you ->
    [ty] Твоё участие в программе наставничества «{ $org }» завершено — так решил куратор программы. Твои данные в боте удалены. Если это ошибка, свяжись с куратором.
   *[vy] Ваше участие в программе наставничества «{ $org }» завершено — так решил куратор программы. Ваши данные в боте удалены. Если это ошибка, свяжитесь с куратором.
}
people-notify-ended-learner = Твоё участие в программе наставничества «{ $org }» завершено — так решил куратор программы. Твои данные в боте удалены. Если это ошибка, поговори с куратором.
people-notify-ended-parent = Участие ребёнка ({ $child }) в программе наставничества «{ $org }» завершено — так решил куратор программы. Данные ребёнка в боте удалены.
