"""account and publishing messages kept as problem codes too (worded in the owner's language)

Revision ID: 0052_problem_codes
Revises: 0051_post_media_preset
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0052_problem_codes"
down_revision = "0051_post_media_preset"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("account") as batch:
        batch.add_column(sa.Column("state_problem", sa.JSON(), nullable=True))
    with op.batch_alter_table("post_target") as batch:
        batch.add_column(sa.Column("last_problem", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("post_target") as batch:
        batch.drop_column("last_problem")
    with op.batch_alter_table("account") as batch:
        batch.drop_column("state_problem")
