"""Events with their type, date, place, participants and status, and the trigger
lexicons (lexicons/*.tsv) they are found by."""
