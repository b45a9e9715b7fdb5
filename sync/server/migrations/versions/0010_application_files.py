"""application files, offers, identity, consents, agreements: branch advisors' work

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-08 00:00:06.656863
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
        "application_files",
        sa.Column("application_id", sa.Uuid(), nullable=False),
        sa.Column("document", sa.String(length=32), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(length=120), nullable=False),
        sa.Column("app_version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("uploaded_by", sa.Uuid(), nullable=True),
        sa.Column("uploaded_at", sync.model.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("checked_by", sa.Uuid(), nullable=True),
        sa.Column("checked_at", sync.model.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", sync.model.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_application_files_application_id_applications"),
        ),
        sa.ForeignKeyConstraint(
            ["checked_by"],
            ["staff_users.id"],
            name=op.f("fk_application_files_checked_by_staff_users"),
        ),
        sa.ForeignKeyConstraint(
            ["uploaded_by"],
            ["staff_users.id"],
            name=op.f("fk_application_files_uploaded_by_staff_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application_files")),
    )
    # Plain ALTER TABLE (no batch copy): nothing else of the replica is reflected.
    op.create_index("ix_application_files_application_id", "application_files", ["application_id"])
    op.create_index("ix_application_files_sha256", "application_files", ["sha256"])
    op.add_column("applications", sa.Column("product", sa.String(length=32), nullable=True))
    op.add_column("applications", sa.Column("offer", sa.JSON(), nullable=True))
    op.add_column(
        "applications", sa.Column("version", sa.Integer(), nullable=False, server_default="1")
    )
    op.add_column("applications", sa.Column("identity", sa.JSON(), nullable=True))
    op.add_column(
        "applications",
        sa.Column("consents", sa.JSON(), nullable=False, server_default=sa.text("'{}'")),
    )
    op.add_column("applications", sa.Column("agreement", sa.JSON(), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        # SQLite adds a column with its reference in place (Alembic would copy the table).
        op.execute(
            "ALTER TABLE applications ADD COLUMN submitted_by CHAR(32) "
            "CONSTRAINT fk_applications_submitted_by_staff_users REFERENCES staff_users (id)"
        )
    else:
        op.add_column("applications", sa.Column("submitted_by", sa.Uuid(), nullable=True))
        op.create_foreign_key(
            op.f("fk_applications_submitted_by_staff_users"),
            "applications",
            "staff_users",
            ["submitted_by"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("application_files", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_application_files_sha256"))
        batch_op.drop_index(batch_op.f("ix_application_files_application_id"))

    op.drop_table("application_files")
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.drop_column("submitted_by")
        batch_op.drop_column("agreement")
        batch_op.drop_column("consents")
        batch_op.drop_column("identity")
        batch_op.drop_column("version")
        batch_op.drop_column("offer")
        batch_op.drop_column("product")
