"""media per conversation, outbox retries, reminder channels, numbers that cannot take texts

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.alter_column("phone", existing_type=sa.String(32), type_=sa.String(320))
        batch_op.add_column(sa.Column("medium", sa.String(8), nullable=False, server_default="sms"))
        batch_op.add_column(sa.Column("email", sa.String(320), nullable=True))
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("next_attempt_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("subject", sa.String(255), nullable=True))
        batch_op.add_column(sa.Column("html", sa.Text(), nullable=True))
        batch_op.create_index("ix_messages_outbox", ["direction", "status", "next_attempt_at"])
    with op.batch_alter_table("reminders", schema=None) as batch_op:
        batch_op.add_column(sa.Column("channel", sa.String(8), nullable=False, server_default="sms"))
    with op.batch_alter_table("opt_outs", schema=None) as batch_op:
        batch_op.alter_column("phone", existing_type=sa.String(32), type_=sa.String(320))
    op.create_table(
        "not_textable",
        sa.Column("phone", sa.String(32), primary_key=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("not_textable")
    with op.batch_alter_table("opt_outs", schema=None) as batch_op:
        batch_op.alter_column("phone", existing_type=sa.String(320), type_=sa.String(32))
    with op.batch_alter_table("reminders", schema=None) as batch_op:
        batch_op.drop_column("channel")
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_index("ix_messages_outbox")
        for column in ("html", "subject", "next_attempt_at", "attempts"):
            batch_op.drop_column(column)
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.drop_column("email")
        batch_op.drop_column("medium")
        batch_op.alter_column("phone", existing_type=sa.String(320), type_=sa.String(32))
