"""The app's stylesheet, icons and (once there are any) translations.

This folder is installed as the package `omnidesk_resources` (see pyproject.toml and
setup.py); `desktop.resources` is the one place that reads it.
"""
