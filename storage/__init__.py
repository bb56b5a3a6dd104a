"""SQLite storage: connection, migrations, repositories and the FSM storage."""
