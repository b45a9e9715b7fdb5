"""staff sessions: the per-person, per-device secrets that sign every mutation

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07 15:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import sync.model.types

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staff_sessions",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("secret", sa.String(length=64), nullable=False),
        sa.Column("created_at", sync.model.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("signed_in_at", sync.model.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sync.model.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sync.model.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("end_reason", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_sessions")),
    )
    op.create_index(
        "ix_staff_sessions_device_staff", "staff_sessions", ["device_id", "staff_id"], unique=False
    )
    op.create_index(
        op.f("ix_staff_sessions_staff_id"), "staff_sessions", ["staff_id"], unique=False
    )
    with op.batch_alter_table("applied_mutations") as batch_op:
        batch_op.add_column(sa.Column("actor_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("session_id", sa.Uuid(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("applied_mutations") as batch_op:
        batch_op.drop_column("session_id")
        batch_op.drop_column("actor_id")
    op.drop_index(op.f("ix_staff_sessions_staff_id"), table_name="staff_sessions")
    op.drop_index("ix_staff_sessions_device_staff", table_name="staff_sessions")
    op.drop_table("staff_sessions")
