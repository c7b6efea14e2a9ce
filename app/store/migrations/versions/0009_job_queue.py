"""the durable queue's tables and functions: procrastinate's schema, on PostgreSQL only

SQLite runs jobs in-process and needs nothing. procrastinate ships its schema as SQL for the pinned version
(pyproject: procrastinate 3.10.x); a later procrastinate brings SQL migrations
(`procrastinate schema --migrations-path`), each to be applied by a migration of ours after this one.

Revision ID: 0009
Revises: 0008
"""
from alembic import op
from procrastinate.schema import SchemaManager

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    bind.connection.driver_connection.execute(SchemaManager.get_schema())  # the SQL as written: no parameters


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    bind.exec_driver_sql(
        "DO $$ DECLARE f record; BEGIN "
        "FOR f IN SELECT p.oid::regprocedure AS sig FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = current_schema() AND p.proname LIKE 'procrastinate%%' LOOP EXECUTE 'DROP FUNCTION ' || f.sig || ' CASCADE'; END LOOP; "
        "END $$"
    )
    for table in ("procrastinate_events", "procrastinate_periodic_defers", "procrastinate_jobs", "procrastinate_workers"):
        bind.exec_driver_sql(f"DROP TABLE IF EXISTS {table} CASCADE")
    for kind in ("procrastinate_job_event_type", "procrastinate_job_status", "procrastinate_job_to_defer_v1"):
        bind.exec_driver_sql(f"DROP TYPE IF EXISTS {kind} CASCADE")
