"""when an account's access token expires and when SMM Desk may next try to refresh it (Meta)

Revision ID: 0053_account_token_expiry
Revises: 0052_problem_codes
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0053_account_token_expiry"
down_revision = "0052_problem_codes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("account") as batch:
        batch.add_column(sa.Column("token_expires_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("token_renewed_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("token_refresh_after", sa.DateTime(), nullable=True))
    # Instagram and Threads tokens kept before this version: their age is unknown, so count
    # from when the account was connected (at most 60 days); the first refresh, due at once,
    # learns the real date from Meta (services/tokens.py).
    op.execute(
        "UPDATE account SET token_renewed_at = created_at, "
        "token_expires_at = datetime(created_at, '+60 days') "
        "WHERE platform IN ('instagram', 'threads') AND keyring_key IS NOT NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("account") as batch:
        batch.drop_column("token_refresh_after")
        batch.drop_column("token_renewed_at")
        batch.drop_column("token_expires_at")
