"""trail entries: hand-off activities and chatter transcripts owed to Odoo

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

from app.store.models import UtcDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "trail_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.String(length=128), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("claimed_until", UtcDateTime(), nullable=True),
        sa.Column("odoo_id", sa.Integer(), nullable=True),
        sa.Column("upto_message_id", sa.Integer(), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("done_at", UtcDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["conversation_id"], ["conversations.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("conversation_id", "kind", "key", name="uq_trail_entries_key"),
    )
    with op.batch_alter_table("trail_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trail_entries_conversation_id"), ["conversation_id"], unique=False)
        batch_op.create_index("ix_trail_entries_status", ["status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("trail_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_trail_entries_status")
        batch_op.drop_index(batch_op.f("ix_trail_entries_conversation_id"))
    op.drop_table("trail_entries")
