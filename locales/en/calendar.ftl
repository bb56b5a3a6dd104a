## Dates people type (bot/services/school_calendar.py).

calendar-error-day = I did not understand the date. For example: <i>yesterday</i>, <i>18.11</i>, <i>18.11.2026</i> or <i>18 November</i>.
calendar-error-due = I did not understand the due date. For example: <i>15.12</i>, <i>15 December</i>, <i>by 15.12.2026</i> or <i>December</i>.
