"""customer and order links: stores and territories that served a customer (or a walk-in
order) keep it in scope

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 22:50:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import sync.model.types

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "customer_links",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("store_id", sa.Uuid(), nullable=True),
        sa.Column("territory_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sync.model.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_links")),
        sa.UniqueConstraint("customer_id", "store_id", name="uq_customer_links_store"),
        sa.UniqueConstraint("customer_id", "territory_id", name="uq_customer_links_territory"),
    )
    with op.batch_alter_table("customer_links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customer_links_store_id"), ["store_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_customer_links_territory_id"), ["territory_id"], unique=False
        )
    op.create_table(
        "order_links",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("order_id", sa.Uuid(), nullable=False),
        sa.Column("store_id", sa.Uuid(), nullable=True),
        sa.Column("territory_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sync.model.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_links")),
        sa.UniqueConstraint("order_id", "store_id", name="uq_order_links_store"),
        sa.UniqueConstraint("order_id", "territory_id", name="uq_order_links_territory"),
    )
    with op.batch_alter_table("order_links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_order_links_store_id"), ["store_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_order_links_territory_id"), ["territory_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("order_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_order_links_territory_id"))
        batch_op.drop_index(batch_op.f("ix_order_links_store_id"))
    op.drop_table("order_links")
    with op.batch_alter_table("customer_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_links_territory_id"))
        batch_op.drop_index(batch_op.f("ix_customer_links_store_id"))
    op.drop_table("customer_links")
