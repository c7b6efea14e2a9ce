"""visits the service booked and the units each one serves

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

from app.store.models import UtcDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "visits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=True),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("start", UtcDateTime(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("sale_order_id", sa.Integer(), nullable=True),
        sa.Column("quotation_amount", sa.Numeric(12, 2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["conversation_id"], ["conversations.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("event_id"),
    )
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visits_conversation_id"), ["conversation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_visits_partner_id"), ["partner_id"], unique=False)
    op.create_table(
        "visit_units",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("unit_model", sa.String(length=128), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=64), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["visit_id"], ["visits.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("visit_id", "unit_model", "unit_id", name="uq_visit_units_unit"),
    )
    with op.batch_alter_table("visit_units", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_units_visit_id"), ["visit_id"], unique=False)
        batch_op.create_index("ix_visit_units_unit", ["unit_model", "unit_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("visit_units", schema=None) as batch_op:
        batch_op.drop_index("ix_visit_units_unit")
        batch_op.drop_index(batch_op.f("ix_visit_units_visit_id"))
    op.drop_table("visit_units")
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visits_partner_id"))
        batch_op.drop_index(batch_op.f("ix_visits_conversation_id"))
    op.drop_table("visits")
