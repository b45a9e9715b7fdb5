"""Shared business rules: pure, deterministic, used by the central API and the desktop.

Only the standard library is used here, so a till offline for a week and the central
API reach the same verdicts (prices, refunds, transitions) from the same data.
"""
