"""attention log: what staff decided about refused mutations

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 10:00:00.000000
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
        "attention_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sync.model.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("staff_name", sa.String(length=120), nullable=True),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("mutation_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=48), nullable=False),
        sa.Column("args", sa.JSON(), nullable=False),
        sa.Column("code", sa.String(length=48), nullable=True),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("new_seq", sa.BigInteger(), nullable=True),
        sa.Column("new_args", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attention_log")),
    )
    with op.batch_alter_table("attention_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attention_log_seq"), ["seq"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("attention_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attention_log_seq"))

    op.drop_table("attention_log")
