"""Alembic environment: the URL comes from the config the service builds, never from a file."""
from alembic import context
from sqlalchemy import create_engine

from app.store.db import ours
from app.store.models import Base

config = context.config
url = config.get_main_option("sqlalchemy.url")

if context.is_offline_mode():
    context.configure(url=url, target_metadata=Base.metadata, literal_binds=True, render_as_batch=True, include_name=ours)
    with context.begin_transaction():
        context.run_migrations()
else:
    engine = create_engine(url)
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True, include_name=ours)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()
