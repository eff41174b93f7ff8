"""Start-up: the window frame paints first, the database, the profile and the home page follow.

Everything a start used to do must still happen after the first paint: a newer database is
refused with its message, the profile picker asks for a PIN, a profile open elsewhere brings
that window forward instead, the backup timer runs.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from jpprep import paths
from jpprep.services import local_state, pins, profiles
from jpprep.ui import app as app_module
from jpprep.ui.main_window import MainWindow


class FakeApp:
    def __init__(self) -> None:
        self.codes: list[int] = []

    def exit(self, code: int) -> None:
        self.codes.append(code)


def _shell(qtbot, settings=None) -> MainWindow:
    w = MainWindow(None, None, settings=settings or {})
    qtbot.addWidget(w)
    return w


def test_the_frame_paints_with_a_loading_page_before_any_database(qtbot, qapp_setup):
    w = _shell(qtbot)
    with qtbot.waitSignal(w.firstPainted, timeout=3000):
        w.show()
    assert w.is_loading()
    loading = w.findChild(QLabel, "loading")
    assert loading is not None and loading.isVisible() and loading.text() == "Loading…"
    assert not w.nav.isEnabled()  # no page can be opened without a database
    assert w.nav.count() >= 5  # the sections are there from the first frame


def test_open_fills_the_home_page_and_starts_the_backup_timer(qtbot, qapp_setup, app_db, clock):
    info = profiles.create_profile(app_db, "Ana", now=clock())
    w = _shell(qtbot)
    w.show()
    with qtbot.waitSignal(w.opened, timeout=3000):
        w.open(app_db, info)
    home = w.page("home")
    assert not w.is_loading() and w.nav.isEnabled()
    assert w.stack.currentWidget().widget() is home
    assert home.greeting.text() == "Hello, Ana"
    assert any(name.startswith("Test") for name, *_ in home.deck_rows())
    qtbot.waitUntil(lambda: w.findChild(QLabel, "loading") is None, timeout=2000)
    assert w.backups is not None and w.backups.timer.isActive()
    assert w.windowTitle() == "jpprep: Ana"
    # the loading frame went without the focus-ring style (it costs start-up time); the
    # opened window has it, so keyboard users see where they are
    assert type(qapp_setup.style()).__name__ == "FocusStyle"


def test_the_next_start_paints_in_the_last_profiles_language_and_theme(qtbot, qapp_setup, app_db, clock):
    info = profiles.create_profile(app_db, "Aisha", now=clock())
    profiles.update_settings(app_db, info.id, ui_language="ur", theme="dark")
    first = _shell(qtbot)
    first.open(app_db, profiles.get_profile(app_db, info.id))
    last = local_state.load()["last_ui"]
    assert last["ui_language"] == "ur" and last["theme"] == "dark"
    try:
        second = _shell(qtbot, settings=last)
        assert qapp_setup.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert second.findChild(QLabel, "loading").text() != "Loading…"  # in Urdu
        assert qapp_setup.palette().window().color().lightness() < 80  # dark
    finally:
        from jpprep.ui import i18n, theme

        i18n.apply_language("en")
        theme.apply_theme("system")


def test_a_newer_database_is_refused_with_its_message(qtbot, qapp_setup, monkeypatch, _isolated_data):
    from jpprep.store.db import Database

    Database(paths.database_url()).close()
    con = sqlite3.connect(_isolated_data / "jpprep.db")
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    shown = []
    monkeypatch.setattr(app_module.QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    fake = FakeApp()
    w = _shell(qtbot)
    w.show()
    startup = app_module.Startup(fake, w, None)
    startup.begin()
    assert fake.codes == [2]
    assert shown and "newer version of jpprep" in shown[0]
    assert not w.isVisible() and w.is_loading()


def test_a_profile_with_a_pin_is_asked_for_and_cancelling_quits(qtbot, qapp_setup, monkeypatch, clock):
    from jpprep.store.db import Database
    from jpprep.ui import profile_dialog

    db = Database(paths.database_url())
    info = profiles.create_profile(db, "Bilal", now=clock())
    pins.set_pin(db, info.id, "4821")
    db.close()
    asked = []
    monkeypatch.setattr(profile_dialog.ProfileDialog, "exec",
                        lambda self: asked.append(not self.pin.isHidden()) or 0)
    fake = FakeApp()
    w = _shell(qtbot)
    w.show()
    startup = app_module.Startup(fake, w, "Bilal")
    startup.begin()
    startup.db.close()
    assert asked == [True]  # the picker, with the PIN field, before anything opens
    assert fake.codes == [0] and w.is_loading()


def test_a_profile_open_in_another_window_brings_that_one_forward(qtbot, qapp_setup, monkeypatch, clock):
    from jpprep.store.db import Database
    from jpprep.ui import session_guard

    db = Database(paths.database_url())
    profiles.create_profile(db, "Chen", now=clock())
    holder = session_guard.ProfileGuard(db.url)
    holder.take("Chen", clock())
    asked = []
    monkeypatch.setattr(session_guard, "bring_forward_running", lambda url, name, open_file=None: asked.append(name) or True)
    fake = FakeApp()
    w = _shell(qtbot)
    w.show()
    startup = app_module.Startup(fake, w, "Chen")
    try:
        startup.begin()
    finally:
        holder.release()
        startup.db.close()
        db.close()
    assert asked == ["Chen"] and fake.codes == [0]
    assert w.is_loading() and startup.guard is None


def test_startup_opens_the_profile_and_holds_it(qtbot, qapp_setup, clock, monkeypatch):
    from jpprep.errors import ProfileInUseError
    from jpprep.ui.session_guard import ProfileGuard

    monkeypatch.setattr(MainWindow, "start_background_work", lambda self: None)
    fake = FakeApp()
    w = _shell(qtbot)
    w.show()
    startup = app_module.Startup(fake, w, "Dina")
    startup.begin()
    try:
        assert fake.codes == [] and not w.is_loading()
        assert w.ctx.profile_name == "Dina" and w.guard is startup.guard
        other = ProfileGuard(startup.db.url)
        try:
            other.take("Dina", clock())
            raise AssertionError("a second window could take the same profile")
        except ProfileInUseError:
            pass
    finally:
        w.close()
        startup.guard.release()
        startup.db.close()


def test_the_frame_needs_no_sqlalchemy():
    """What the first paint needs must not import the storage stack (it costs most of a start)."""
    code = ("import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]);"
            "from jpprep.ui.app import setup_application; setup_application(app);"
            "from jpprep.ui.main_window import MainWindow; w = MainWindow(None, None); w.show();"
            "app.processEvents(); print(sorted(m for m in ('sqlalchemy', 'alembic', 'fugashi', 'numpy')"
            " if m in sys.modules))")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_a_real_start_paints_first_then_becomes_usable(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "JPPREP_DATA_DIR": str(tmp_path / "d"),
           "JPPREP_REPORT_STARTUP": "1"}
    out = subprocess.run([sys.executable, "-m", "jpprep", "--profile", "Eko"], capture_output=True,
                         text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["PAINTED", "USABLE"]


def test_an_unexpected_failure_says_so_instead_of_loading_for_ever(qtbot, qapp_setup, monkeypatch):
    def broken():
        raise RuntimeError("disk on fire")

    shown = []
    monkeypatch.setattr(app_module, "open_database", broken)
    monkeypatch.setattr(app_module.QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    fake = FakeApp()
    w = _shell(qtbot)
    w.show()
    app_module.Startup(fake, w, None).begin()
    assert fake.codes == [1] and shown and "disk on fire" in shown[0]
    assert not w.isVisible()
