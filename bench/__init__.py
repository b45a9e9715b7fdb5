"""Benchmarks of the central API: `python -m bench --list`, `python -m bench NAME`.

Each benchmark prints its progress to stderr and its figures as one JSON object on the
last line of stdout.
"""
