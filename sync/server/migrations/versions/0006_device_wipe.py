"""device wipe: revocation that erases a device's data at its next contact

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 15:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import sync.model.types

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "devices",
        sa.Column("wipe_ordered_at", sync.model.types.UTCDateTime(timezone=True), nullable=True),
    )
    op.add_column(
        "devices", sa.Column("wiped_at", sync.model.types.UTCDateTime(timezone=True), nullable=True)
    )


def downgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.drop_column("wiped_at")
        batch.drop_column("wipe_ordered_at")
