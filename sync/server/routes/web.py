"""The web channel: the online shop and customer portal start journeys here."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(prefix="/v1/web", tags=["web channel"])
