"""file uploads: files attached on this device waiting to reach the central API

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-08 00:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import sync.model.types

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "file_uploads",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("tries", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("queued_at", sync.model.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("done_at", sync.model.types.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_file_uploads")),
    )
    op.create_index(op.f("ix_file_uploads_state"), "file_uploads", ["state"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_file_uploads_state"), table_name="file_uploads")
    op.drop_table("file_uploads")
