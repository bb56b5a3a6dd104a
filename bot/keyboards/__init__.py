"""Keyboard builders, one module per feature."""
