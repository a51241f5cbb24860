"""State shared by replicas: the build that answered each question, and flood marks.

Created 2026-11-26.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "bot_0003"
down_revision = "bot_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("build_id", sa.Integer(), nullable=True))
    op.create_table(
        "flood_marks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_flood_marks_user_id_at", "flood_marks", ["user_id", "at"])


def downgrade() -> None:
    op.drop_index("ix_flood_marks_user_id_at", table_name="flood_marks")
    op.drop_table("flood_marks")
    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.drop_column("build_id")
