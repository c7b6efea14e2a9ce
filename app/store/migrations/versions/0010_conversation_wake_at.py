"""when each conversation's silence next moves it on, so the timer wakes only those that are due

Revision ID: 0010
Revises: 0009
"""
import sqlalchemy as sa
from alembic import op

from app.store.models import UtcDateTime

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("wake_at", UtcDateTime(), nullable=True))
        batch_op.create_index(batch_op.f("ix_conversations_wake_at"), ["wake_at"], unique=False)
    # open conversations are looked at once by the next timer run, which then sets their real moment
    op.execute("UPDATE conversations SET wake_at = updated_at WHERE status = 'active'")


def downgrade() -> None:
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conversations_wake_at"))
        batch_op.drop_column("wake_at")
