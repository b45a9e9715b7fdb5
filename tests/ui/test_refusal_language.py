"""A refusal from the real server reads in the staff's language: a return of more than is
left, refused by the server, shown in the sync centre and in an error message on a till
working in Polish (the translator installed from resources/translations/omnidesk_pl.qm)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from desktop.services import language
from desktop.shared.errors import explain
from desktop.shared.i18n import Translation
from desktop.shared.refusal_texts import TEMPLATES
from desktop.sync_centre.models import DecisionLogModel, MutationTableModel
from desktop.sync_centre.page import SyncCentrePage
from sync.client import attention, outbox
from sync.client.refusals import refusal_params
from sync.client.transport import ServerError
from tests.client.helpers import sale_args, web
from tests.ui.conftest import Desk
from tests.ui.test_sync_centre import _cell, _return, _sync_now, page

__all__ = ["page"]  # the sync centre's fixture, used here

POLISH = Translation("pl")
PARTLY = TEMPLATES["over_return.partly"]

LEFT = {"returnable": "1", "bought": "3", "label": "HDMI cable (SKU-CABLE)", "returned": "2"}


@pytest.fixture
def polish() -> Iterator[None]:
    language.use("pl")
    yield
    language.use("en")


def _refused_return(desk: Desk, page: SyncCentrePage, qtbot: Any) -> None:
    """Three cables sold here; two returned by post meanwhile; this till's return of two
    more reaches the server, which refuses it."""
    sale = sale_args(desk.api)
    desk.workspace.apply("sale.complete", sale)
    desk.sync()
    web(
        desk.api,
        "return.submit",
        {**_return(sale, 2), "refund_method": "original", "reason": "sent back by post"},
    )
    desk.workspace.apply("return.submit", _return(sale, 2))
    _sync_now(page, qtbot)
    qtbot.waitUntil(lambda: page.attention_model.rowCount() == 1)


def test_the_refusal_is_said_from_its_code_and_parameters(
    desk: Desk, page: SyncCentrePage, qtbot: Any, polish: None
) -> None:
    _refused_return(desk, page, qtbot)
    with desk.workspace.read() as session:
        [refused] = outbox.rejected(session)
        params = refusal_params(refused)
    assert (refused.code, params["case"]) == ("over_return", "partly")
    assert params == {**params, "asked": 2, "bought": 3, "returned": 2, "returnable": 1}
    expected = POLISH(PARTLY).format(**LEFT)
    assert expected != PARTLY.format(**LEFT)
    assert _cell(page.attention_model, 0, MutationTableModel.REASON) == expected
    # The same refusal answered to a direct request reads the same in a message box.
    error = ServerError(422, refused.code, refused.message or "", params=params)
    assert explain(error) == expected


def test_a_refusal_from_the_server_reads_in_polish(
    desk: Desk, page: SyncCentrePage, qtbot: Any, polish: None
) -> None:
    _refused_return(desk, page, qtbot)
    reason = _cell(page.attention_model, 0, MutationTableModel.REASON)
    assert reason != PARTLY.format(**LEFT)
    assert "HDMI cable (SKU-CABLE)" in reason and "returned" not in reason


def test_the_decision_history_keeps_saying_the_refusal_in_polish(
    desk: Desk, page: SyncCentrePage, qtbot: Any, polish: None
) -> None:
    _refused_return(desk, page, qtbot)
    with desk.workspace.read() as session:
        [refused] = outbox.rejected(session)
    staff = desk.workspace.staff
    assert staff is not None
    attention.discard(desk.profile.replica, refused.seq, staff.id, "taken back by post")
    _sync_now(page, qtbot)
    qtbot.waitUntil(lambda: page.log_model.rowCount() == 1)
    assert _cell(page.log_model, 0, DecisionLogModel.REASON) == POLISH(PARTLY).format(**LEFT)
