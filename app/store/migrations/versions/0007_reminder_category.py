"""reminders keep the unit's policy category; past reminders learn the conversation that carried them

Revision ID: 0007
Revises: 0006
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reminders", schema=None) as batch_op:
        batch_op.add_column(sa.Column("category", sa.String(length=64), nullable=True))
    # The category of a past reminder is known where its unit was booked; the rest stay NULL ("uncategorised" unless
    # a visit says otherwise, which the report reads at query time anyway).
    op.execute(
        "UPDATE reminders SET category = (SELECT MAX(vu.category) FROM visit_units vu WHERE vu.unit_model = reminders.unit_model"
        " AND vu.unit_id = reminders.unit_id AND vu.due_date = reminders.due_date) WHERE category IS NULL"
    )
    # Until now the claim did not record its conversation: the client's latest one opened by then is the one it went in.
    op.execute(
        "UPDATE reminders SET conversation_id = (SELECT MAX(c.id) FROM conversations c WHERE c.partner_id = reminders.partner_id"
        " AND c.created_at <= reminders.created_at) WHERE conversation_id IS NULL AND channel <> 'staff'"
    )


def downgrade() -> None:
    with op.batch_alter_table("reminders", schema=None) as batch_op:
        batch_op.drop_column("category")
