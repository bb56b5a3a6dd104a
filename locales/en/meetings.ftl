## The meeting log of mentoring pairs.

meeting-error-minutes = The duration is { $min } to { $max } minutes, e.g. «45 min» or «1.5 h».
meeting-error-topic = The topic is too long: at most { $limit } characters. Details can go into the notes.
meeting-error-future = That date has not come yet. A meeting is logged after it took place.
meeting-error-old = The date is too long ago — more than a year. Check the day and the year.
