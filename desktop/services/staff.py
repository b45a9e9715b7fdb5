"""Staff sign-in for the desktop: the Qt-free flow lives in `sync.client.staff` (online
against the central API, offline against this device's verifier); the desktop's
screens name it from here."""

from __future__ import annotations

from sync.client.staff import SignInRefused, Staff, StaffSignIn

__all__ = ["SignInRefused", "Staff", "StaffSignIn"]
