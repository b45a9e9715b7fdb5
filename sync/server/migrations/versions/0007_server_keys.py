"""server keys: the secret that signs snapshot tokens, shared by every API process

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 15:30:00.000000
"""

from __future__ import annotations

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
