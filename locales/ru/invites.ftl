## Ссылки-приглашения (для куратора).

invite-role = { $role ->
    [coordinator] Куратор
    [mentor_candidate] Кандидат в наставники
    [mentor_student] Наставник-обучающийся (ученик или студент)
    [mentor_external] Наставник от организации-партнёра
    [mentee_teacher] Наставляемый педагог
    [mentee_student] Наставляемый обучающийся (ученик)
    [staff] Ответственный за мероприятия дорожной карты
   *[other] { $role }
}
invite-ask-role = Кого вы приглашаете? Для каждой роли — своя ссылка.
invite-ask-partner = Роль: { invite-role }. Из какой организации-партнёра наставники?
invite-btn-own = Наши обучающиеся (без партнёра)
invite-no-partners = Сначала добавьте организацию-партнёра, из которой придут наставники: /partners. Затем создайте ссылку снова.
invite-ask-days = Роль: { invite-role }. Сколько дней будет действовать ссылка?
invite-ask-uses = Роль: { invite-role }, срок: { invite-days }. Сколько человек смогут по ней зарегистрироваться?
invite-days = { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[other] { $days } дней
}
invite-uses = { $uses ->
    [1] 1 человек
    [one] до { $uses } человека
   *[other] до { $uses } человек
}
invite-created =
    <b>Ссылка готова</b>
    Роль: { invite-role }
    Действует до: { $expires }
    Кто может зарегистрироваться: { invite-uses }

    { $link }

    Перешлите её участникам (в чат, письмом или QR-кодом). Отозвать — /invites
invite-already-created =
    <b>Эта ссылка уже создана</b> — второе нажатие новую не создаёт.
    Роль: { invite-role }
    Действует до: { $expires }
    Кто может зарегистрироваться: { invite-uses }

    { $link }
invite-list-title = <b>Действующие приглашения</b>
invite-list-item =
    { $number }. { invite-role } — использовано { $uses } из { $max }, до { $expires }
    { $link }
invite-list-empty = Действующих приглашений нет. Создать — /invite
invite-btn-revoke = ✖ Отозвать { $number }
invite-revoked = Ссылка отозвана

invite-error-unknown = Такой ссылки-приглашения нет. Проверьте, что ссылка скопирована целиком, или попросите у куратора новую.
invite-error-expired = Срок действия этой ссылки истёк. Попросите у куратора новую.
invite-error-used-up = По этой ссылке уже зарегистрировались все, для кого она была создана. Попросите у куратора новую.
invite-error-revoked = Эту ссылку отозвал куратор. Попросите у него новую.
invite-error-other-org = Вы уже зарегистрированы в другой организации. Один аккаунт { app-name } может участвовать в программе одной организации.
invite-error-role-mismatch = Эта ссылка не подходит к вашей регистрации (ссылки для учеников и для взрослых разные). Попросите у куратора нужную.

# a deep link in each messenger the deployment runs (handlers/_util.py start_links)
invite-link-in-app = { $app ->
    [max] MAX
   *[telegram] Telegram
}: { $link }
