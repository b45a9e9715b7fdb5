"""price authority: price lists belong to a country or the whole company

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 15:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


# A list takes the country of the stores that sell in its currency when they are all in
# one country; where several countries share the currency it stays company-wide.
BACKFILL = """
UPDATE price_lists SET country = (
    SELECT MIN(stores.country) FROM stores WHERE stores.currency = price_lists.currency)
WHERE (SELECT COUNT(DISTINCT stores.country) FROM stores
       WHERE stores.currency = price_lists.currency) = 1
"""


def upgrade() -> None:
    with op.batch_alter_table("price_lists", schema=None) as batch_op:
        batch_op.add_column(sa.Column("country", sa.String(length=2), nullable=True))
    op.execute(BACKFILL)


def downgrade() -> None:
    with op.batch_alter_table("price_lists", schema=None) as batch_op:
        batch_op.drop_column("country")
