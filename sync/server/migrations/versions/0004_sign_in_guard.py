"""sign-in guard: failed attempts, lock-outs, PINs that must change

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 15:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import sync.model.types

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sign_in_guard",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("locked_until", sync.model.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sync.model.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sign_in_guard")),
    )


def downgrade() -> None:
    op.drop_table("sign_in_guard")
