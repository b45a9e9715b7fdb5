"""staff sessions: the per-person, per-device secrets that sign every mutation

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07 15:30:00.000000
"""

from __future__ import annotations

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
