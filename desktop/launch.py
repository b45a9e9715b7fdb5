"""`omnidesk`: the normal app. A start-up screen goes up at once; behind it, off the GUI
thread, the keyring is read and the profile opened (its replica checked, updated to this
version, rebuilt if damaged), each step said on the screen. A missing OS keyring is
explained, a first run enrols, then the main window opens on the sign-in screen."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop.app import Desktop, create_application, quit_on_signals
from desktop.services import language
from desktop.services.place import describe_place, place_country
from desktop.shared.errors import explain
from desktop.shared.i18n import tr
from desktop.startup import Report, StartupCancelled, opening_words, while_shown
from desktop.ui import error_notice
from desktop.ui.enrol_dialog import EnrolDialog
from desktop.ui.splash import Splash
from sync.client.credentials import CredentialStore, NoKeyring, default_store
from sync.client.opening import OpeningStep
from sync.client.profile import Profile, enrol_profile, is_enrolled
from sync.client.replica import ReplicaTooNew

OK, FAILED, USAGE = 0, 1, 2
WIPED = 10  # the event loop's exit code after a wipe order: back to enrolment


def _no_keyring(error: NoKeyring) -> None:
    QMessageBox.critical(
        None,
        tr("No secure keyring"),
        tr(
            "Omnidesk keeps this device's token in the operating system's keyring, and "
            "none is available here.\n\n{detail}\n\nTo try Omnidesk without one, run "
            "`omnidesk demo`."
        ).format(detail=str(error)),
    )


def keyring_warning(credentials: CredentialStore) -> str:
    """What staff are told when the user allowed a keyring that does not protect secrets
    (OMNIDESK_ALLOW_PLAINTEXT_KEYRING=1); empty otherwise."""
    if not credentials.warning:
        return ""
    return tr(
        "Not secure: this device's token and sign-in secrets are kept by {backend}, "
        "which does not protect them. Anyone who can read this computer's files can "
        "take them and act as this device. Allowed only because "
        "OMNIDESK_ALLOW_PLAINTEXT_KEYRING=1 is set; not for production."
    ).format(backend=credentials.backend_name)


@dataclass(frozen=True)
class Keyring:
    credentials: CredentialStore
    enrolled: bool


def read_keyring(profile_name: str, report: Report) -> Keyring:
    """The OS keyring, and whether this profile is enrolled in it (off the GUI thread)."""
    report(OpeningStep.KEYS)
    credentials = default_store()
    return Keyring(credentials, is_enrolled(profile_name, credentials))


def check_enrolled(profile_name: str, credentials: CredentialStore, report: Report) -> bool:
    """Whether this profile is (still) enrolled in the keyring (off the GUI thread)."""
    report(OpeningStep.KEYS)
    return is_enrolled(profile_name, credentials)


@dataclass(frozen=True)
class Opened:
    profile: Profile
    place: str  # for the window title: `describe_place`
    country: str | None = None  # the store's, for the language of the screens


def open_profile(profile_name: str, credentials: CredentialStore, report: Report) -> Opened:
    """The profile opened (replica checked, updated, maybe rebuilt) and where it works
    (off the GUI thread)."""
    profile = Profile(profile_name, credentials, on_step=report)
    try:
        return Opened(profile, describe_place(profile), place_country(profile))
    except BaseException:
        profile.close()
        raise


def run_app(
    profile_name: str = "default",
    argv: Sequence[str] | None = None,
    *,
    splash: Splash | None = None,
) -> int:
    app = create_application(argv)
    error_notice.install(app)
    quit_on_signals(app)
    if splash is None:
        splash = Splash()
        splash.present()
    try:
        return _run(app, profile_name, splash)
    except StartupCancelled:
        return OK
    finally:
        splash.close()


def _run(app: QApplication, profile_name: str, splash: Splash) -> int:
    words = opening_words()
    try:
        keyring = while_shown(splash, lambda report: read_keyring(profile_name, report), words)
    except NoKeyring as error:
        splash.close()
        _no_keyring(error)
        return USAGE
    credentials, enrolled = keyring.credentials, keyring.enrolled
    warning = keyring_warning(credentials)
    if warning:  # before anything is kept there
        with splash.set_aside():
            QMessageBox.warning(None, tr("Keyring not secure"), warning)
    wiped: list[str] = []

    def on_wiped(message: str) -> None:
        wiped.append(message)
        app.exit(WIPED)

    while True:  # back to enrolment after a manager's wipe order erased this device
        if not enrolled:
            with splash.set_aside():
                dialog = EnrolDialog(
                    lambda url, code, name, ca: enrol_profile(
                        profile_name, url, code, name, credentials, ca
                    )
                )
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return OK
        try:
            opened = while_shown(
                splash, lambda report: open_profile(profile_name, credentials, report), words
            )
        except StartupCancelled:
            raise
        except ReplicaTooNew as error:
            splash.close()
            QMessageBox.critical(None, "Omnidesk", str(error))
            return USAGE
        except Exception as error:  # shown as a sentence, never a traceback
            splash.close()
            QMessageBox.critical(None, "Omnidesk", explain(error))
            return FAILED
        wiped.clear()
        profile = opened.profile
        language.use(language.device_language(opened.country))  # before the screens are built
        desktop = Desktop(
            profile, credentials, place=opened.place, banner=warning, on_wiped=on_wiped
        )
        splash.close()
        if profile.recovery is not None:
            QMessageBox.warning(desktop.window, "Omnidesk", profile.recovery.message())
        desktop.window.present()
        try:
            result = app.exec()
        finally:
            desktop.close()
        if result != WIPED or not wiped:
            return result
        QMessageBox.information(None, "Omnidesk", wiped[0])
        splash.present()
        enrolled = while_shown(
            splash, lambda report: check_enrolled(profile_name, credentials, report), words
        )
