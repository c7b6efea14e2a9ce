"""reminders stopped by a client's words (a death, a unit gone, serviced already, a wrong number), and urgent hand-offs

Revision ID: 0011
Revises: 0010
"""
import sqlalchemy as sa
from alembic import op

from app.store.models import UtcDateTime

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reminder_stops",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=8), nullable=False),
        sa.Column("key", sa.String(length=320), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["conversation_id"], ["conversations.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("scope", "key", name="uq_reminder_stops_key"),
    )
    with op.batch_alter_table("trail_entries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("urgent", sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("trail_entries", schema=None) as batch_op:
        batch_op.drop_column("urgent")
    op.drop_table("reminder_stops")
