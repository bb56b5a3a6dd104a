"""The mentorship bot: wiring, configuration and domain services."""
