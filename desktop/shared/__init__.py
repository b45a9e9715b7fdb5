"""Widgets and models that more than one work area uses."""
