"""Users, teams and roles."""
