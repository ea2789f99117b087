"""Cases, facts with history, procedure between States, deadlines and tasks."""
