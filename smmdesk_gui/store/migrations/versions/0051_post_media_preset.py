"""the image shape a post chose for a platform (Instagram: square, portrait, landscape)

Revision ID: 0051_post_media_preset
Revises: 0050_stats
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0051_post_media_preset"
down_revision = "0050_stats"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("post_media") as batch:
        batch.add_column(sa.Column("preset", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("post_media") as batch:
        batch.drop_column("preset")
