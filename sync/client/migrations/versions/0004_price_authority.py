"""price authority: price lists belong to a country or the whole company

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 15:30:00.000000
"""

from __future__ import annotations

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
