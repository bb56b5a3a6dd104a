"""Domain services: the rules of the programme. No aiogram imports here."""
